import { API_TABLE } from '../../generated/index.js';
import type { ControllerSpec, ModelSpec } from '../runtime/spec.js';
import { UsageError } from './exit-codes.js';

export interface ManagerInfo {
  readonly controller: ControllerSpec;
  readonly model?: ModelSpec;
  /** `affiliate-users`: how help texts spell the manager. */
  readonly cliName: string;
  readonly hasFindAll: boolean;
}

/** `affiliateUsers` → `affiliate-users`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

export function managers(): ManagerInfo[] {
  return API_TABLE.controllers
    .filter((controller) => controller.manager)
    .map((controller) => ({
      controller,
      model: API_TABLE.models.find((model) => model.name === controller.model),
      cliName: kebab(controller.manager),
      hasFindAll: controller.methods.some((method) => method.kind === 'find' && method.method === 'findAll'),
    }))
    .sort((a, b) => a.cliName.localeCompare(b.cliName));
}

/** Finds a manager by `affiliate-users`, `affiliateUsers`, `affiliate_users` or its Target (`AffiliateUser`). */
export function findManager(name: string): ManagerInfo | undefined {
  const wanted = normalise(name);
  return managers().find((info) => normalise(info.controller.manager) === wanted || normalise(info.controller.target) === wanted);
}

export function requireManager(name: string): ManagerInfo {
  const found = findManager(name);
  if (!found) {
    throw new UsageError(`unknown command or manager "${name}". Managers: ${managers().map((info) => info.cliName).join(', ')}; commands: call, sandbox, codegen, raw-logs. For any other controller use: tsoffers call <Target> <Method> key=value…`);
  }
  return found;
}
