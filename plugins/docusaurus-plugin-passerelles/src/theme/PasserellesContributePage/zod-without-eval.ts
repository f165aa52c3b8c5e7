/**
 * zod compiles its object parsers with `new Function`, and probes for it as
 * each object schema is created, unless told not to; the site's
 * Content-Security-Policy refuses eval. Imported before any module that
 * creates schemas, so that the form never asks for eval.
 */
import {z} from 'zod';

z.config({jitless: true});
