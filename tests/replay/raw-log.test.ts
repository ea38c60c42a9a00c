import { describeFlow } from './flow.js';
import { rawLogFlow } from './flows/raw-log.js';

describeFlow(rawLogFlow);
