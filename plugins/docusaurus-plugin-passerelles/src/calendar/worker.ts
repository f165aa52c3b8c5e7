/** Entry of the worker thread that renders calendar files (see apart.ts). */
import {parentPort, workerData} from 'node:worker_threads';
import {renderCalendarFiles} from './files';
import {packFiles, type CalendarRenderRequest} from './apart';

const {baseUrl, files, stamp} = workerData as CalendarRenderRequest;
const packed = packFiles(renderCalendarFiles(baseUrl, files, new Date(stamp)));
parentPort?.postMessage(packed, [packed.bytes.buffer]);
