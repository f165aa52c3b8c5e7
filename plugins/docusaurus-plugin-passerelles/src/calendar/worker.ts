/** Entry of the worker thread that renders calendar files (see apart.ts). */
import {parentPort, workerData} from 'node:worker_threads';
import {renderCalendarFiles} from './files';
import type {CalendarRenderRequest} from './apart';

const {baseUrl, files, stamp} = workerData as CalendarRenderRequest;
parentPort?.postMessage(renderCalendarFiles(baseUrl, files, new Date(stamp)));
