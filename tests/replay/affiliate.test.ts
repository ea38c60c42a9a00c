import { describeFlow } from './flow.js';
import { affiliateFlow } from './flows/affiliate.js';

describeFlow(affiliateFlow);
