import { describeFlow } from './flow.js';
import { offerFileFlow } from './flows/offer-file.js';

describeFlow(offerFileFlow);
