import { cliApi } from './apis.js';
import type { ControllerSpec, ModelSpec } from '../table/spec.js';
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

/** The managers of the API `api` names (the network's by default). */
export function managers(api?: string): ManagerInfo[] {
  const table = cliApi(api).table;
  return table.controllers
    .filter((controller) => controller.manager)
    .map((controller) => ({
      controller,
      model: table.models.find((model) => model.name === controller.model),
      cliName: kebab(controller.manager),
      hasFindAll: controller.methods.some((method) => method.kind === 'find' && method.method === 'findAll'),
    }))
    .sort((a, b) => a.cliName.localeCompare(b.cliName));
}

/** Finds a manager by `affiliate-users`, `affiliateUsers`, `affiliate_users` or its Target (`AffiliateUser`). */
export function findManager(name: string, api?: string): ManagerInfo | undefined {
  const wanted = normalise(name);
  const prefix = normalise(cliApi(api).profile.targetPrefix);
  return managers(api).find((info) => normalise(info.controller.manager) === wanted || normalise(info.controller.target) === wanted || (prefix !== '' && normalise(info.controller.target) === `${prefix}${wanted}`));
}

export function requireManager(name: string, api?: string): ManagerInfo {
  const found = findManager(name, api);
  if (!found) {
    throw new UsageError(`unknown command or manager "${name}". Managers: ${managers(api).map((info) => info.cliName).join(', ')}; commands: call, sandbox, codegen, raw-logs. For any other controller use: tsoffers call <Target> <Method> key=value…`);
  }
  return found;
}
