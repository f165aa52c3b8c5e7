/**
 * The words of the structures' closed vocabularies, translated. Each call to
 * translate() is written out so that `docusaurus write-translations` finds it.
 */
import {translate} from '@docusaurus/Translate';
import type {AccessChannel, ReferralSource, StructureType} from '../../shared/kinds';

export function structureTypeLabel(type: StructureType): string {
  switch (type) {
    case 'ssm':
      return translate({id: 'passerelles.structures.type.ssm', message: 'Service de santé mentale'});
    case 'spad':
      return translate({id: 'passerelles.structures.type.spad', message: 'Soins psychiatriques à domicile'});
    case 'equipe-mobile':
      return translate({id: 'passerelles.structures.type.equipe-mobile', message: 'Équipe mobile'});
    case 'habitat-protege':
      return translate({id: 'passerelles.structures.type.habitat-protege', message: 'Habitation protégée'});
    case 'maison-medicale':
      return translate({id: 'passerelles.structures.type.maison-medicale', message: 'Maison médicale'});
    case 'service-psychiatrique':
      return translate({id: 'passerelles.structures.type.service-psychiatrique', message: 'Service psychiatrique hospitalier'});
    case 'centre-de-jour':
      return translate({id: 'passerelles.structures.type.centre-de-jour', message: 'Centre de jour'});
    case 'centre-de-crise':
      return translate({id: 'passerelles.structures.type.centre-de-crise', message: 'Centre de crise'});
    case 'reseau':
      return translate({id: 'passerelles.structures.type.reseau', message: 'Réseau ou coordination'});
    case 'association':
      return translate({id: 'passerelles.structures.type.association', message: 'Association'});
  }
}

export function referralLabel(source: ReferralSource): string {
  switch (source) {
    case 'personne':
      return translate({id: 'passerelles.structures.referral.personne', message: 'la personne elle-même'});
    case 'proche':
      return translate({id: 'passerelles.structures.referral.proche', message: 'un·e proche'});
    case 'professionnel':
      return translate({id: 'passerelles.structures.referral.professionnel', message: 'un·e professionnel·le'});
    case 'medecin':
      return translate({id: 'passerelles.structures.referral.medecin', message: 'un·e médecin'});
  }
}

export function channelLabel(channel: AccessChannel): string {
  switch (channel) {
    case 'telephone':
      return translate({id: 'passerelles.structures.channel.telephone', message: 'par téléphone'});
    case 'formulaire':
      return translate({id: 'passerelles.structures.channel.formulaire', message: 'par formulaire'});
    case 'e-mail':
      return translate({id: 'passerelles.structures.channel.e-mail', message: 'par e-mail'});
    case 'sans-rendez-vous':
      return translate({id: 'passerelles.structures.channel.sans-rendez-vous', message: 'sans rendez-vous'});
  }
}
