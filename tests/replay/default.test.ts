import { describeFlow } from './flow.js';
import { defaultFlow } from './flows/default.js';

describeFlow(defaultFlow);
