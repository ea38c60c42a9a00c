// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from schema/affiliate/notification-center.yaml.
// Change the YAML under schema/ and run the command again.

import type { CallOptions, LowLevelCall, Params } from "../../../src/runtime/types.js";

/** The Affiliate_NotificationCenter controller (`api.notificationCenter`, `api.controller('Affiliate_NotificationCenter')`). */
export interface AffiliateNotificationCenterManager {
    /** A low-level call to any Affiliate_NotificationCenter method (pyoffers' _call). */
    readonly call: LowLevelCall;
    /** HasOffers Affiliate_NotificationCenter.createEventSubscription (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    createEventSubscription(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.deleteEventSubscription (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    deleteEventSubscription(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.deregisterWebhookEndpoint (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    deregisterWebhookEndpoint(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.findAllDeliveryMetrics (read: retried on failure; parameters not documented, sent as given). */
    findAllDeliveryMetrics(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.findAllEventSubscriptions (read: retried on failure; parameters not documented, sent as given). */
    findAllEventSubscriptions(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.findAllWebhookEndpoints (read: retried on failure; parameters not documented, sent as given). */
    findAllWebhookEndpoints(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.registerWebhookEndpoint (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    registerWebhookEndpoint(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.sendTestWebhookEvent (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    sendTestWebhookEvent(params?: Params, options?: CallOptions): Promise<unknown>;
    /** HasOffers Affiliate_NotificationCenter.updateWebhookEndpoint (write: never repeated after an unknown outcome; parameters not documented, sent as given). */
    updateWebhookEndpoint(params?: Params, options?: CallOptions): Promise<unknown>;
}
