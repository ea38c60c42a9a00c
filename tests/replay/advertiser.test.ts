import { describeFlow } from './flow.js';
import { advertiserFlow } from './flows/advertiser.js';

describeFlow(advertiserFlow);
