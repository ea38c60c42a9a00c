// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/network/notification-center.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../src/runtime/types.js";

/** The NotificationCenter controller (`api.notificationCenter`, `api.controller('NotificationCenter')`). */
export interface NotificationCenterManager {
    /** A low-level call to any NotificationCenter method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers NotificationCenter.createEventSubscription (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    createEventSubscription(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.deleteEventSubscription (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    deleteEventSubscription(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.deregisterWebhookEndpoint (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    deregisterWebhookEndpoint(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.findAllDeliveryMetrics (read: retried on failure; parameters not documented, sent as given). */
    findAllDeliveryMetrics(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.findAllEventSubscriptions (read: retried on failure; parameters not documented, sent as given). */
    findAllEventSubscriptions(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.findAllWebhookEndpoints (read: retried on failure; parameters not documented, sent as given). */
    findAllWebhookEndpoints(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.getAffiliateUserEventOptOuts (read: retried on failure; parameters not documented, sent as given). */
    getAffiliateUserEventOptOuts(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.getEmployeeEventOptOuts (read: retried on failure; parameters not documented, sent as given). */
    getEmployeeEventOptOuts(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.registerWebhookEndpoint (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    registerWebhookEndpoint(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.sendTestWebhookEvent (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    sendTestWebhookEvent(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers NotificationCenter.updateWebhookEndpoint (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    updateWebhookEndpoint(params?: Params, options?: CallOptions): Promise<unknown>;
}
