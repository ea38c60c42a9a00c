import { describeFlow } from './flow.js';
import { conversionFlow } from './flows/conversion.js';

describeFlow(conversionFlow);
