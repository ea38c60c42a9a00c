import { describeFlow } from './flow.js';
import { offerFlow } from './flows/offer.js';

describeFlow(offerFlow);
