import { describeFlow } from './flow.js';
import { goalFlow } from './flows/goal.js';

describeFlow(goalFlow);
