// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from every schema file.
// Change the YAML under schema/ and run the command again.

import { expandTable } from "../../src/runtime/types.js";
/** Controllers, methods and models: the data the runtime in src/runtime interprets (rows omit defaults). */
export const API_TABLE = expandTable({
      "controllers": [
        {
          "target": "Affiliate_AdManager",
          "manager": "adManager",
          "model": "AdCampaign",
          "source": "schema/affiliate/ad-manager.yaml",
          "methods": [
            {
              "name": "addCreative",
              "params": [{"name":"campaign_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AdCampaignCreative"}],
              "returns": "number",
              "edition": "2015"
            },
            {"name":"createCampaign","params":[{"name":"data","type":"data","required":true,"model":"AdCampaign"}],"returns":"number","edition":"2015"},
            {
              "name": "findAllCampaigns",
              "params": [
                {"name":"filters","type":"filters","model":"AdCampaign"},
                {"name":"sort","type":"sort","model":"AdCampaign"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AdCampaign"}
              ],
              "result": "models",
              "model": "AdCampaign",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllCreatives",
              "params": [{"name":"filters","type":"filters","model":"AdCampaignCreative"}],
              "result": "models",
              "model": "AdCampaignCreative",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findCampaignById",
              "params": [{"name":"id","type":"integer","required":true},{"name":"fields","type":"fields","model":"AdCampaign"}],
              "result": "model",
              "model": "AdCampaign",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getCampaignCode",
              "params": [
                {"name":"campaign_id","type":"integer","required":true},
                {"name":"params","type":"object"},
                {
                  "name": "options",
                  "type": "struct",
                  "fields": [
                    {"name":"format","type":"string","values":["javascript","iframe","fbiframe","url"]},
                    {"name":"eredirect","type":"string"},
                    {"name":"redirect","type":"string"}
                  ]
                }
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getCampaignCreatives",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"filters","type":"filters","model":"AdCampaignCreative"},
                {"name":"sort","type":"sort","model":"AdCampaignCreative"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AdCampaignCreative"}
              ],
              "result": "models",
              "model": "AdCampaignCreative",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "updateCampaign",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AdCampaign"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateCreativeField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AdCampaignCreative"},
                {"name":"value","type":"string","required":true}
              ],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_AffiliateBilling",
          "manager": "affiliateBilling",
          "model": "AffiliateInvoice",
          "source": "schema/affiliate/affiliate-billing.yaml",
          "methods": [
            {
              "name": "findAllInvoices",
              "params": [
                {"name":"filters","type":"filters","model":"AffiliateInvoice"},
                {"name":"sort","type":"sort","model":"AffiliateInvoice"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"currency","type":"string"}
              ],
              "result": "models",
              "model": "AffiliateInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllReceipts",
              "params": [
                {"name":"filters","type":"filters","model":"AffiliateReceipt"},
                {"name":"sort","type":"sort","model":"AffiliateReceipt"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"}
              ],
              "result": "models",
              "model": "AffiliateReceipt",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findInvoiceById",
              "params": [{"name":"id","type":"integer","required":true},{"name":"fields","type":"fields","model":"AffiliateInvoice"},{"name":"currency","type":"string"}],
              "result": "model",
              "model": "AffiliateInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findReceiptById",
              "params": [{"name":"id","type":"integer","required":true},{"name":"fields","type":"fields","model":"AffiliateReceipt"}],
              "result": "model",
              "model": "AffiliateReceipt",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getAccountBalance","result":"model","model":"AffiliateAccountBalance","safe":true,"edition":"2015"},
            {
              "name": "getPayoutTotals",
              "params": [
                {
                  "name": "timeframes",
                  "type": "structs",
                  "required": true,
                  "fields": [
                    {"name":"label","type":"string","required":true},
                    {"name":"start_date","type":"date","required":true},
                    {"name":"end_date","type":"date","required":true}
                  ]
                }
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"updateTaxId","params":[{"name":"tax_id","type":"string"}],"returns":"void","edition":"2015"}
          ]
        },
        {
          "target": "Affiliate_AffiliateUser",
          "manager": "affiliateUsers",
          "model": "AffiliateUser",
          "source": "schema/affiliate/affiliate-user.yaml",
          "methods": [
            {"name":"create","params":[{"name":"data","type":"data","required":true,"model":"AffiliateUser"}],"edition":"2015"},
            {"name":"findAll","kind":"find","model":"AffiliateUser","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","model":"AffiliateUser","safe":true,"edition":"2015"},
            {"name":"getContext","safe":true,"edition":"2015"},
            {
              "name": "setPermissions",
              "params": [{"name":"affiliate_user_id","type":"integer","required":true},{"name":"permissions","type":"array","required":true,"of":"string"}],
              "returns": "void",
              "edition": "2015"
            },
            {
              "name": "update",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AffiliateUser"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_Affiliate",
          "manager": "affiliates",
          "model": "Affiliate",
          "source": "schema/affiliate/affiliate.yaml",
          "methods": [
            {"name":"findById","params":[{"name":"fields","type":"fields","model":"Affiliate"}],"result":"model","model":"Affiliate","safe":true,"edition":"2015"},
            {"name":"getAccountBalance","returns":"number","safe":true,"edition":"2015"},
            {"name":"getAccountManager","result":"model","model":"Employee","safe":true,"edition":"2015"},
            {"name":"getPayoneerSignupUrl","params":[{"name":"redirect_url","type":"string"}],"returns":"string","safe":true,"edition":"2015"},
            {"name":"getReferralCommission","result":"models","model":"AffiliateReferralCommission","safe":true,"edition":"2015"},
            {"name":"update","params":[{"name":"data","type":"data","required":true,"model":"Affiliate"}],"returns":"boolean","edition":"2015"},
            {
              "name": "updatePaymentMethodCheck",
              "params": [{"name":"data","type":"data","required":true,"model":"PaymentMethodCheck"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodDirectDeposit",
              "params": [{"name":"data","type":"data","required":true,"model":"PaymentMethodDirectDeposit"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodOther",
              "params": [{"name":"data","type":"data","required":true,"model":"PaymentMethodOther"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodPayQuicker",
              "params": [{"name":"data","type":"data","required":true,"model":"PaymentMethodPayQuicker"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"updatePaymentMethodPayoneer","params":[{"name":"data","type":"data","required":true,"model":"Payoneer"}],"returns":"boolean","edition":"2013"},
            {
              "name": "updatePaymentMethodPaypal",
              "params": [{"name":"data","type":"data","required":true,"model":"PaymentMethodPaypal"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodWire",
              "params": [{"name":"data","type":"data","required":true,"model":"PaymentMethodWire"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_Alert",
          "manager": "alert",
          "model": "Alert",
          "source": "schema/affiliate/alert.yaml",
          "methods": [
            {"name":"dismissAffiliateUserAlert","params":[{"name":"alert_id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getAffiliateUserAlerts",
              "params": [
                {"name":"affiliate_user_id","type":"integer","required":true},
                {"name":"limit","type":"integer"},
                {"name":"is_dismissed","type":"integer"},
                {"name":"page","type":"integer"}
              ],
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_ApiKey",
          "manager": "apiKeys",
          "model": "StaticApiKey",
          "source": "schema/affiliate/api-key.yaml",
          "methods": [
            {"name":"generateApiKey","result":"model","model":"StaticApiKey","edition":"2015"},
            {"name":"getUserApiKey","result":"model","model":"StaticApiKey","safe":true,"edition":"2015"},
            {
              "name": "regenerateApiKey",
              "params": [{"name":"existing_api_key","type":"string","required":true}],
              "result": "model",
              "model": "StaticApiKey",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_Application",
          "manager": "application",
          "model": "Hostname",
          "source": "schema/affiliate/application.yaml",
          "methods": [
            {"name":"findAllCountries","safe":true,"edition":"2015"},
            {
              "name": "findAllHostnames",
              "params": [{"name":"filters","type":"filters","model":"Hostname"},{"name":"fields","type":"fields","model":"Hostname"}],
              "result": "models",
              "model": "Hostname",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllOfferCategories",
              "params": [{"name":"filters","type":"filters","model":"OfferCategory"},{"name":"fields","type":"fields","model":"OfferCategory"}],
              "result": "models",
              "model": "OfferCategory",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllTimezones","safe":true,"edition":"2015"}
          ]
        },
        {
          "target": "Affiliate_BrandDesign",
          "manager": "brandDesigns",
          "source": "schema/affiliate/brand-design.yaml",
          "methods": [{"name":"getTermsAndConditions","returns":"string","safe":true,"edition":"2015"}]
        },
        {
          "target": "Affiliate_BrandInformation",
          "manager": "brandInformation",
          "model": "BrandInformation",
          "source": "schema/affiliate/brand-information.yaml",
          "methods": [{"name":"getBrandInformation","result":"models","model":"BrandInformation","safe":true,"edition":"2015"}]
        },
        {
          "target": "Affiliate_CustomMenuLink",
          "manager": "customMenuLinks",
          "model": "CustomMenuLink",
          "source": "schema/affiliate/custom-menu-link.yaml",
          "methods": [
            {
              "name": "find",
              "params": [{"name":"fields","type":"array","of":"string"},{"name":"filters","type":"array","of":"string"},{"name":"sorts","type":"array","of":"mixed"}],
              "safe": true,
              "edition": "2013"
            },
            {
              "name": "findActive",
              "params": [{"name":"fields","type":"array","of":"string"},{"name":"filters","type":"array","of":"string"},{"name":"sorts","type":"array","of":"mixed"}],
              "safe": true,
              "edition": "2013"
            }
          ]
        },
        {
          "target": "Affiliate_CustomPage",
          "manager": "customPages",
          "model": "CustomPage",
          "source": "schema/affiliate/custom-page.yaml",
          "methods": [
            {
              "name": "find",
              "params": [{"name":"fields","type":"array","of":"string"},{"name":"filters","type":"array","of":"string"},{"name":"sorts","type":"array","of":"mixed"}],
              "safe": true,
              "edition": "2013"
            },
            {
              "name": "findById",
              "params": [{"name":"id","type":"integer","required":true},{"name":"fields","type":"array","of":"string"}],
              "safe": true,
              "edition": "2013"
            }
          ]
        },
        {
          "target": "Affiliate_Dne",
          "manager": "dnes",
          "source": "schema/affiliate/dne.yaml",
          "methods": [{"name":"getUrls","loose":true,"safe":true,"edition":"supplement"}]
        },
        {
          "target": "Affiliate_DownloadReport",
          "manager": "downloadReport",
          "source": "schema/affiliate/download-report.yaml",
          "methods": [
            {
              "name": "getDownloadReportLink",
              "params": [
                {"name":"method","type":"string","required":true},
                {"name":"arguments","type":"array","required":true,"of":"mixed"},
                {"name":"start_date","type":"string","required":true},
                {"name":"end_date","type":"string","required":true}
              ],
              "returns": "string",
              "safe": true,
              "edition": "2013"
            }
          ]
        },
        {
          "target": "Affiliate_Goal",
          "manager": "goals",
          "model": "Goal",
          "source": "schema/affiliate/goal.yaml",
          "methods": [{"name":"findAll","kind":"find","model":"Goal","safe":true,"edition":"2015"}]
        },
        {
          "target": "Affiliate_NotificationCenter",
          "manager": "notificationCenter",
          "source": "schema/affiliate/notification-center.yaml",
          "methods": [
            {"name":"createEventSubscription","loose":true,"edition":"supplement"},
            {"name":"deleteEventSubscription","loose":true,"edition":"supplement"},
            {"name":"deregisterWebhookEndpoint","loose":true,"edition":"supplement"},
            {"name":"findAllDeliveryMetrics","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllEventSubscriptions","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllWebhookEndpoints","loose":true,"safe":true,"edition":"supplement"},
            {"name":"registerWebhookEndpoint","loose":true,"edition":"supplement"},
            {"name":"sendTestWebhookEvent","loose":true,"edition":"supplement"},
            {"name":"updateWebhookEndpoint","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "Affiliate_Notification",
          "manager": "notification",
          "source": "schema/affiliate/notification.yaml",
          "methods": [
            {"name":"clearUserSubscriptions","returns":"void","edition":"2015"},
            {"name":"getUserSubscriptions","params":[{"name":"filters","type":"array","of":"mixed"}],"safe":true,"edition":"2015"},
            {"name":"replaceUserSubscriptions","params":[{"name":"scenario_ids","type":"array","required":true,"of":"mixed"}],"returns":"void","edition":"2015"}
          ]
        },
        {
          "target": "Affiliate_OfferFile",
          "manager": "offerFiles",
          "model": "OfferFile",
          "source": "schema/affiliate/offer-file.yaml",
          "methods": [
            {"name":"create","params":[{"name":"data","type":"data","required":true,"model":"OfferFile"}],"returns":"number","edition":"2015"},
            {"name":"findAll","kind":"find","model":"OfferFile","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","model":"OfferFile","safe":true,"edition":"2015"},
            {
              "name": "getCreativeCode",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"tracking_url","type":"string"},
                {"name":"impression_pixel","type":"string"},
                {"name":"etracking_url","type":"string"},
                {"name":"offer_id","type":"integer"},
                {"name":"source","type":"string"},
                {"name":"aff_sub","type":"string"},
                {"name":"aff_sub2","type":"string"},
                {"name":"aff_sub3","type":"string"},
                {"name":"aff_sub4","type":"string"},
                {"name":"aff_sub5","type":"string"}
              ],
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_OfferPixel",
          "manager": "offerPixels",
          "model": "OfferPixel",
          "source": "schema/affiliate/offer-pixel.yaml",
          "methods": [
            {"name":"create","params":[{"name":"data","type":"data","required":true,"model":"OfferPixel"}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","model":"OfferPixel","safe":true,"edition":"2015"},
            {"name":"getAllowedTypes","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"OfferPixel"},
                {"name":"value","type":"string","required":true}
              ],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_OfferTargeting",
          "manager": "offerTargetings",
          "model": "TargetRuleOffer",
          "source": "schema/affiliate/offer-targeting.yaml",
          "methods": [
            {
              "name": "getRuleTargetingForOffer",
              "params": [{"name":"offer_id","type":"integer","required":true}],
              "result": "models",
              "model": "TargetRuleOffer",
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_OfferUrl",
          "manager": "offerUrls",
          "model": "OfferUrl",
          "source": "schema/affiliate/offer-url.yaml",
          "methods": [{"name":"findAll","kind":"find","model":"OfferUrl","safe":true,"edition":"2015"}]
        },
        {
          "target": "Affiliate_Offer",
          "manager": "offers",
          "model": "Offer",
          "source": "schema/affiliate/offer.yaml",
          "methods": [
            {"name":"acceptOfferTermsAndConditions","params":[{"name":"offer_id","type":"integer","required":true}],"returns":"void","safe":true,"edition":"2015"},
            {"name":"findAll","kind":"find","model":"Offer","safe":true,"edition":"2015"},
            {"name":"findAllFeaturedOfferIds","safe":true,"edition":"2015"},
            {
              "name": "findByCreativeType",
              "params": [
                {
                  "name": "type",
                  "type": "string",
                  "required": true,
                  "values": ["file","image banner","flash banner","email creative","offer thumbnail","text ad","html ad","hidden","xml feed"]
                }
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","model":"Offer","safe":true,"edition":"2015"},
            {
              "name": "findMyApprovedOffers",
              "params": [
                {"name":"fields","type":"fields","model":"Offer"},
                {"name":"filters","type":"filters","model":"Offer"},
                {"name":"sort","type":"array","of":"mixed"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"}
              ],
              "result": "models",
              "model": "Offer",
              "safe": true,
              "edition": "supplement"
            },
            {
              "name": "findMyOffers",
              "params": [
                {"name":"fields","type":"fields","model":"Offer"},
                {"name":"filters","type":"filters","model":"Offer"},
                {"name":"sort","type":"array","of":"mixed"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"}
              ],
              "result": "models",
              "model": "Offer",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateTrackingLink",
              "params": [
                {"name":"offer_id","type":"integer","required":true},
                {"name":"params","type":"object"},
                {"name":"options","type":"struct","fields":[{"name":"tiny_url","type":"boolean"}]}
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateTrackingPixel",
              "params": [{"name":"offer_id","type":"integer","required":true},{"name":"params","type":"array","of":"mixed"},{"name":"options","type":"array","of":"mixed"}],
              "edition": "2013"
            },
            {"name":"getApprovalQuestions","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getCategories","params":[{"name":"ids","type":"array","required":true,"of":"integer"}],"safe":true,"edition":"2015"},
            {"name":"getGeoTargeting","loose":true,"safe":true,"edition":"supplement"},
            {"name":"getPayoutDetails","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getPixels",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","pending","rejected"]}],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getTargetCountries","params":[{"name":"ids","type":"array","required":true,"of":"integer"}],"safe":true,"edition":"2015"},
            {"name":"getThumbnail","params":[{"name":"ids","type":"array","required":true,"of":"integer"}],"safe":true,"edition":"2015"},
            {
              "name": "requestOfferAccess",
              "params": [
                {"name":"offer_id","type":"integer","required":true},
                {
                  "name": "answers",
                  "type": "structs",
                  "fields": [{"name":"question_id","type":"integer","required":true},{"name":"answer","type":"string","required":true}]
                }
              ],
              "returns": "void",
              "edition": "2015"
            },
            {"name":"simpleSearch","params":[{"name":"search_string","type":"string"}],"result":"models","model":"SimpleOffer","safe":true,"edition":"2013"}
          ]
        },
        {
          "target": "Affiliate_PrivacyPolicy",
          "manager": "privacyPolicies",
          "source": "schema/affiliate/privacy-policy.yaml",
          "methods": [{"name":"getPrivacyPolicy","loose":true,"safe":true,"edition":"supplement"}]
        },
        {
          "target": "Affiliate_Report",
          "manager": "reports",
          "model": "Report",
          "source": "schema/affiliate/report.yaml",
          "methods": [
            {
              "name": "getAffiliateCommissions",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"CommissionReport"},
                {"name":"groups","type":"array","of":"string","values":["ReferredAffiliate.company","Stat.date"]},
                {"name":"filters","type":"reportFilters","model":"CommissionReport"},
                {"name":"sort","type":"sort","model":"CommissionReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"},
                {"name":"internal","type":"boolean"}
              ],
              "result": "models",
              "model": "CommissionReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            },
            {"name":"getAffiliateReferrals","safe":true,"edition":"2015"},
            {
              "name": "getConversions",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"ConversionReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": [
                    "Browser.display_name",
                    "Country.name",
                    "Goal.name",
                    "Offer.name",
                    "OfferUrl.id",
                    "OfferUrl.name",
                    "Stat.affiliate_info1",
                    "Stat.affiliate_info2",
                    "Stat.affiliate_info3",
                    "Stat.affiliate_info4",
                    "Stat.affiliate_info5",
                    "Stat.currency",
                    "Stat.date",
                    "Stat.goal_id",
                    "Stat.hour",
                    "Stat.month",
                    "Stat.offer_id",
                    "Stat.offer_url_id",
                    "Stat.source",
                    "Stat.week",
                    "Stat.year"
                  ]
                },
                {"name":"filters","type":"reportFilters","model":"ConversionReport"},
                {"name":"sort","type":"sort","model":"ConversionReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"},
                {"name":"data_start","type":"string"},
                {"name":"data_end","type":"string"},
                {"name":"count","type":"boolean"},
                {"name":"hour_offset","type":"integer"},
                {"name":"status_update_fields","type":"array","of":"mixed"}
              ],
              "result": "models",
              "model": "ConversionReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            },
            {
              "name": "getStats",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"StatReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": [
                    "AdCampaign.name",
                    "Browser.display_name",
                    "Category.name",
                    "Country.name",
                    "OfferFile.display",
                    "Offer.name",
                    "OfferUrl.name",
                    "Stat.ad_campaign_creative_id",
                    "Stat.ad_campaign_id",
                    "Stat.affiliate_info",
                    "Stat.affiliate_info1",
                    "Stat.affiliate_info2",
                    "Stat.affiliate_info3",
                    "Stat.affiliate_info4",
                    "Stat.affiliate_info5",
                    "Stat.currency",
                    "Stat.date",
                    "Stat.hour",
                    "Stat.month",
                    "Stat.offer_file_id",
                    "Stat.offer_id",
                    "Stat.offer_url_id",
                    "Stat.payout_type",
                    "Stat.source",
                    "Stat.week",
                    "Stat.year"
                  ]
                },
                {"name":"filters","type":"reportFilters","model":"StatReport"},
                {"name":"sort","type":"sort","model":"StatReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"},
                {"name":"currency","type":"string"},
                {"name":"data_start","type":"string"},
                {"name":"data_end","type":"string"},
                {"name":"count","type":"boolean"},
                {"name":"hour_offset","type":"integer"}
              ],
              "result": "models",
              "model": "StatReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_RingRevenue",
          "manager": "ringRevenue",
          "model": "RingRevenue",
          "source": "schema/affiliate/ring-revenue.yaml",
          "methods": [
            {
              "name": "createAffiliateLoginUrl",
              "params": [{"name":"offer_id","type":"integer","required":true},{"name":"url_path","type":"string","required":true}],
              "returns": "string",
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_SavedReports",
          "manager": "savedReports",
          "model": "SavedReports",
          "source": "schema/affiliate/saved-reports.yaml",
          "methods": [
            {"name":"create","params":[{"name":"data","type":"data","required":true,"model":"SavedReports"}],"returns":"number","edition":"2013"},
            {"name":"delete","kind":"call","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","model":"SavedReports","safe":true,"edition":"2015"},
            {"name":"findById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "update",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"object","required":true,"of":"string"}],
              "returns": "boolean",
              "edition": "2013"
            }
          ]
        },
        {
          "target": "Affiliate_ScheduledOfferChange",
          "manager": "scheduledOfferChanges",
          "model": "ScheduledOfferChange",
          "source": "schema/affiliate/scheduled-offer-change.yaml",
          "methods": [
            {
              "name": "findSchedules",
              "params": [
                {"name":"fields","type":"fields","model":"ScheduledOfferChange"},
                {"name":"filters","type":"filters","model":"ScheduledOfferChange"},
                {"name":"sort","type":"sort","model":"ScheduledOfferChange"},
                {"name":"limit","type":"integer","required":true},
                {"name":"page","type":"integer","required":true}
              ],
              "result": "models",
              "model": "ScheduledOfferChange",
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Affiliate_Tag",
          "manager": "tags",
          "source": "schema/affiliate/tag.yaml",
          "methods": [{"name":"findAll","loose":true,"safe":true,"edition":"supplement"},{"name":"findById","loose":true,"safe":true,"edition":"supplement"}]
        },
        {
          "target": "Affiliate_UserPreferences",
          "manager": "userPreferences",
          "model": "UserPreferences",
          "source": "schema/affiliate/user-preferences.yaml",
          "methods": [
            {
              "name": "setValue",
              "params": [
                {"name":"name","type":"string","required":true,"values":["disable_mail_room_email","enforce_session_ip","language","timezone_id"]},
                {"name":"value","type":"string","required":true}
              ],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        }
      ],
      "models": [
        {
          "name": "AdCampaign",
          "fields": ["account_id","custom_weights","height","id","interface","modified","name","optimization","optimization_field","status","type","width"],
          "manager": "adManager",
          "required": ["interface","name","type"],
          "checks": {
            "account_id": "integer",
            "height": "integer",
            "interface": ["affiliate","network"],
            "optimization_field": ["ctr","rpm","cr","rpc","profit"],
            "status": ["active","paused","deleted"],
            "type": ["text","banner","link"],
            "width": "integer"
          },
          "readOnly": ["account_id","id","interface","modified"]
        },
        {"name":"Advertiser","fields":["company","id"],"readOnly":["company","id"]},
        {
          "name": "AffiliateInvoiceItem",
          "fields": [
            "actions",
            "amount",
            "conversions",
            "datetime",
            "goal_id",
            "id",
            "invoice_id",
            "memo",
            "offer_id",
            "offer_name",
            "offer_is_visible",
            "payout_type",
            "type",
            "vat_code",
            "vat_id",
            "vat_name",
            "vat_rate"
          ],
          "required": ["amount","invoice_id","type"],
          "checks": {
            "actions": "integer",
            "amount": "decimal",
            "conversions": "integer",
            "goal_id": "integer",
            "invoice_id": "integer",
            "offer_id": "integer",
            "payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm","amount"],
            "type": ["stats","adjustment","referrals","vat"],
            "vat_id": "integer",
            "vat_rate": "decimal"
          },
          "readOnly": [
            "actions",
            "amount",
            "conversions",
            "datetime",
            "goal_id",
            "id",
            "invoice_id",
            "memo",
            "offer_id",
            "offer_name",
            "offer_is_visible",
            "payout_type",
            "type",
            "vat_code",
            "vat_id",
            "vat_name",
            "vat_rate"
          ]
        },
        {
          "name": "AffiliateInvoice",
          "fields": ["affiliate_id","amount","conversions","currency","datetime","end_date","id","is_paid","memo","receipt_id","start_date","status"],
          "manager": "affiliateBilling",
          "required": ["affiliate_id","currency","end_date","start_date"],
          "checks": {"affiliate_id":"integer","amount":"decimal","conversions":"integer","receipt_id":"integer","status":["active"]},
          "readOnly": ["affiliate_id","amount","conversions","currency","datetime","end_date","id","is_paid","memo","receipt_id","start_date","status"]
        },
        {"name":"AffiliateMeta","key":["affiliate_id"],"fields":["affiliate_id","ssn_tax"],"readOnly":["affiliate_id"]},
        {
          "name": "AffiliateOffer",
          "fields": ["affiliate_id","agreed_terms_and_conditions","approval_status","id","offer_id"],
          "required": ["affiliate_id","offer_id"],
          "checks": {"affiliate_id":"integer","approval_status":["pending","approved","rejected"],"offer_id":"integer"},
          "readOnly": ["affiliate_id","agreed_terms_and_conditions","approval_status","id","offer_id"]
        },
        {
          "name": "AffiliateReceipt",
          "fields": ["affiliate_id","amount","currency","date","datetime","id","memo","method","payment_details","payment_info","status","token","transaction_id","user_id"],
          "required": ["affiliate_id","amount","currency","date","method","status"],
          "checks": {
            "affiliate_id": "integer",
            "amount": "decimal",
            "method": ["wire","check","paypal","other","direct_deposit","payoneer","payquicker"],
            "status": ["success"],
            "user_id": "integer"
          },
          "readOnly": ["affiliate_id","amount","currency","date","datetime","id","memo","method","payment_details","payment_info","status","token","transaction_id","user_id"]
        },
        {
          "name": "AffiliateUser",
          "fields": [
            "access",
            "affiliate_id",
            "cell_phone",
            "email",
            "first_name",
            "id",
            "join_date",
            "last_login",
            "last_name",
            "modified",
            "password",
            "password_confirmation",
            "permissions",
            "phone",
            "status",
            "title",
            "wants_alerts"
          ],
          "manager": "affiliateUsers",
          "required": ["affiliate_id","email","join_date","password"],
          "checks": {"affiliate_id":"integer","permissions":"integer","status":["active","blocked","deleted"]},
          "readOnly": ["access","affiliate_id","id","join_date","last_login","modified","permissions"]
        },
        {
          "name": "Affiliate",
          "fields": [
            "account_manager_id",
            "address1",
            "address2",
            "affiliate_tier_id",
            "city",
            "company",
            "country",
            "date_added",
            "fax",
            "id",
            "modified",
            "method_data",
            "other",
            "payment_method",
            "payment_terms",
            "phone",
            "ref_id",
            "region",
            "status",
            "w9_filed",
            "wants_alerts",
            "website",
            "zipcode"
          ],
          "manager": "affiliates",
          "checks": {
            "account_manager_id": "integer",
            "affiliate_tier_id": "integer",
            "payment_method": ["wire","check","paypal","other","direct_deposit","payoneer","payquicker"],
            "payment_terms": ["net 7","net 15","net 30","net 60","net 90","invoice","other"],
            "status": ["active"]
          },
          "readOnly": [
            "account_manager_id",
            "affiliate_tier_id",
            "date_added",
            "id",
            "modified",
            "method_data",
            "other",
            "payment_terms",
            "ref_id",
            "status",
            "w9_filed",
            "wants_alerts",
            "website"
          ]
        },
        {
          "name": "Alert",
          "fields": ["content","data","date","datetime","description","id","status","title","type_code"],
          "manager": "alert",
          "required": ["type_code"],
          "checks": {"status":["active"],"type_code":["100","601","602"]},
          "readOnly": ["content","data","date","datetime","description","id","status","title","type_code"]
        },
        {
          "name": "BrandInformation",
          "key": [],
          "fields": ["company_address1","company_address2","company_city","company_country","company_name","company_phone","company_region","company_zipcode"],
          "manager": "brandInformation",
          "required": ["company_address1","company_city","company_country","company_name","company_phone","company_zipcode"],
          "readOnly": ["company_address1","company_address2","company_city","company_country","company_name","company_phone","company_region","company_zipcode"]
        },
        {
          "name": "CommissionReport",
          "key": [],
          "fields": ["ReferredAffiliate.company","Stat.amount","Stat.date"],
          "numeric": ["Stat.amount"],
          "dates": ["Stat.date"],
          "checks": {"Stat.amount":"decimal"},
          "readOnly": ["ReferredAffiliate.company","Stat.amount","Stat.date"]
        },
        {
          "name": "ConversionReport",
          "key": [],
          "fields": [
            "Browser.display_name",
            "Browser.id",
            "ConversionMeta.note",
            "ConversionsMobile.android_id",
            "ConversionsMobile.android_id_md5",
            "ConversionsMobile.android_id_sha1",
            "ConversionsMobile.device_brand",
            "ConversionsMobile.device_id",
            "ConversionsMobile.device_id_md5",
            "ConversionsMobile.device_id_sha1",
            "ConversionsMobile.device_model",
            "ConversionsMobile.device_os",
            "ConversionsMobile.device_os_version",
            "ConversionsMobile.ios_ifa",
            "ConversionsMobile.ios_ifa_md5",
            "ConversionsMobile.ios_ifa_sha1",
            "ConversionsMobile.ios_ifv",
            "ConversionsMobile.mac_address",
            "ConversionsMobile.mac_address_md5",
            "ConversionsMobile.mac_address_sha1",
            "ConversionsMobile.odin",
            "ConversionsMobile.open_udid",
            "ConversionsMobile.unknown_id",
            "ConversionsMobile.user_id",
            "ConversionsMobile.google_aid",
            "ConversionsMobile.google_aid_sha1",
            "ConversionsMobile.google_aid_md5",
            "ConversionsMobile.windows_aid",
            "ConversionsMobile.windows_aid_sha1",
            "ConversionsMobile.windows_aid_md5",
            "Country.name",
            "Goal.name",
            "Offer.name",
            "OfferUrl.id",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "PayoutGroup.id",
            "PayoutGroup.name",
            "Stat.ad_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.approved_payout",
            "Stat.conversion_status",
            "Stat.count_approved",
            "Stat.currency",
            "Stat.date",
            "Stat.datetime",
            "Stat.goal_id",
            "Stat.hour",
            "Stat.id",
            "Stat.ip",
            "Stat.is_adjustment",
            "Stat.month",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.pixel_refer",
            "Stat.refer",
            "Stat.sale_amount",
            "Stat.session_ip",
            "Stat.source",
            "Stat.user_agent",
            "Stat.week",
            "Stat.year"
          ],
          "numeric": [
            "Browser.id",
            "OfferUrl.id",
            "PayoutGroup.id",
            "Stat.approved_payout",
            "Stat.count_approved",
            "Stat.goal_id",
            "Stat.hour",
            "Stat.id",
            "Stat.month",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.sale_amount",
            "Stat.week",
            "Stat.year"
          ],
          "dates": ["Stat.date"],
          "checks": {
            "Browser.id": "integer",
            "OfferUrl.id": "integer",
            "PayoutGroup.id": "integer",
            "Stat.approved_payout": "decimal",
            "Stat.conversion_status": ["approved","pending","rejected"],
            "Stat.count_approved": "integer",
            "Stat.goal_id": "integer",
            "Stat.hour": "integer",
            "Stat.id": "integer",
            "Stat.month": "integer",
            "Stat.offer_id": "integer",
            "Stat.offer_url_id": "integer",
            "Stat.sale_amount": "decimal",
            "Stat.week": "integer",
            "Stat.year": "integer"
          },
          "readOnly": [
            "Browser.display_name",
            "Browser.id",
            "ConversionMeta.note",
            "ConversionsMobile.android_id",
            "ConversionsMobile.android_id_md5",
            "ConversionsMobile.android_id_sha1",
            "ConversionsMobile.device_brand",
            "ConversionsMobile.device_id",
            "ConversionsMobile.device_id_md5",
            "ConversionsMobile.device_id_sha1",
            "ConversionsMobile.device_model",
            "ConversionsMobile.device_os",
            "ConversionsMobile.device_os_version",
            "ConversionsMobile.ios_ifa",
            "ConversionsMobile.ios_ifa_md5",
            "ConversionsMobile.ios_ifa_sha1",
            "ConversionsMobile.ios_ifv",
            "ConversionsMobile.mac_address",
            "ConversionsMobile.mac_address_md5",
            "ConversionsMobile.mac_address_sha1",
            "ConversionsMobile.odin",
            "ConversionsMobile.open_udid",
            "ConversionsMobile.unknown_id",
            "ConversionsMobile.user_id",
            "ConversionsMobile.google_aid",
            "ConversionsMobile.google_aid_sha1",
            "ConversionsMobile.google_aid_md5",
            "ConversionsMobile.windows_aid",
            "ConversionsMobile.windows_aid_sha1",
            "ConversionsMobile.windows_aid_md5",
            "Country.name",
            "Goal.name",
            "Offer.name",
            "OfferUrl.id",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "PayoutGroup.id",
            "PayoutGroup.name",
            "Stat.ad_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.approved_payout",
            "Stat.conversion_status",
            "Stat.count_approved",
            "Stat.currency",
            "Stat.date",
            "Stat.datetime",
            "Stat.goal_id",
            "Stat.hour",
            "Stat.id",
            "Stat.ip",
            "Stat.is_adjustment",
            "Stat.month",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.pixel_refer",
            "Stat.refer",
            "Stat.sale_amount",
            "Stat.session_ip",
            "Stat.source",
            "Stat.user_agent",
            "Stat.week",
            "Stat.year"
          ]
        },
        {
          "name": "Country",
          "fields": ["code","id","is_active","name","regions"],
          "required": ["code","is_active","name"],
          "readOnly": ["code","id","is_active","name","regions"]
        },
        {
          "name": "Employee",
          "fields": ["aim","cell_phone","email","first_name","id","last_name","phone","photo","title"],
          "required": ["email"],
          "readOnly": ["aim","cell_phone","email","first_name","id","last_name","phone","photo","title"]
        },
        {
          "name": "Goal",
          "fields": ["default_payout","description","id","name","offer_id","payout_type","percent_payout"],
          "manager": "goals",
          "checks": {"default_payout":"decimal","offer_id":"integer","payout_type":["cpa_flat","cpa_percentage","cpa_both"],"percent_payout":"decimal"},
          "readOnly": ["default_payout","description","id","name","offer_id","payout_type","percent_payout"]
        },
        {
          "name": "Hostname",
          "fields": ["domain","has_ssl","id","type"],
          "manager": "application",
          "required": ["domain","type"],
          "checks": {"type":["jump"]},
          "readOnly": ["domain","has_ssl","id","type"]
        },
        {"name":"OfferCategory","fields":["id","name"],"required":["name"],"readOnly":["id","name"]},
        {
          "name": "OfferUrl",
          "fields": ["created","id","modified","name","offer_id","offer_url","preview_url","status"],
          "manager": "offerUrls",
          "required": ["name","offer_id","offer_url"],
          "checks": {"offer_id":"integer","status":["active"]},
          "readOnly": ["created","id","modified","name","offer_id","offer_url","preview_url","status"]
        },
        {
          "name": "Offer",
          "display": "name",
          "fields": [
            "allow_direct_links",
            "allow_website_links",
            "conversion_cap",
            "currency",
            "default_goal_name",
            "default_payout",
            "description",
            "dne_download_url",
            "dne_list_id",
            "dne_unsubscribe_url",
            "email_instructions",
            "email_instructions_from",
            "email_instructions_subject",
            "expiration_date",
            "featured",
            "has_goals_enabled",
            "id",
            "is_expired",
            "is_pay_per_call",
            "monthly_conversion_cap",
            "monthly_payout_cap",
            "name",
            "payout_cap",
            "payout_type",
            "percent_payout",
            "preview_url",
            "require_approval",
            "require_terms_and_conditions",
            "show_custom_variables",
            "show_mail_list",
            "status",
            "terms_and_conditions",
            "use_target_rules"
          ],
          "manager": "offers",
          "checks": {
            "conversion_cap": "integer",
            "default_payout": "decimal",
            "dne_list_id": "integer",
            "monthly_conversion_cap": "integer",
            "monthly_payout_cap": "decimal",
            "payout_cap": "decimal",
            "payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "percent_payout": "decimal",
            "status": ["active"]
          },
          "readOnly": [
            "allow_direct_links",
            "allow_website_links",
            "conversion_cap",
            "currency",
            "default_goal_name",
            "default_payout",
            "description",
            "dne_download_url",
            "dne_list_id",
            "dne_unsubscribe_url",
            "email_instructions",
            "email_instructions_from",
            "email_instructions_subject",
            "expiration_date",
            "featured",
            "has_goals_enabled",
            "id",
            "is_expired",
            "is_pay_per_call",
            "monthly_conversion_cap",
            "monthly_payout_cap",
            "name",
            "payout_cap",
            "payout_type",
            "percent_payout",
            "preview_url",
            "require_approval",
            "require_terms_and_conditions",
            "show_custom_variables",
            "show_mail_list",
            "status",
            "terms_and_conditions",
            "use_target_rules"
          ]
        },
        {"name":"PayoutGroup","fields":["id","name","description","rules"],"readOnly":["id","name","description","rules"]},
        {"name":"Preference","key":["name"],"fields":["name","value"],"required":["value"],"readOnly":["name","value"]},
        {
          "name": "ScheduledOfferChange",
          "key": [],
          "fields": ["created_utc","goal_id","modified_utc","offer_id","status","type","update_field","update_time_utc","update_value"],
          "manager": "scheduledOfferChanges",
          "checks": {
            "goal_id": "integer",
            "offer_id": "integer",
            "status": ["active"],
            "type": ["status","payout"],
            "update_field": ["status","default_payout","percent_payout","rate","percent"]
          },
          "readOnly": ["created_utc","goal_id","modified_utc","offer_id","status","type","update_field","update_time_utc","update_value"]
        },
        {
          "name": "StatReport",
          "key": [],
          "fields": [
            "AdCampaign.name",
            "Browser.display_name",
            "Browser.id",
            "Category.id",
            "Category.name",
            "Country.name",
            "OfferFile.display",
            "Offer.name",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "Stat.ad_campaign_creative_id",
            "Stat.ad_campaign_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.cpa",
            "Stat.cpc",
            "Stat.cpm",
            "Stat.ctr",
            "Stat.date",
            "Stat.erpc",
            "Stat.gross_clicks",
            "Stat.hour",
            "Stat.impressions",
            "Stat.ltr",
            "Stat.month",
            "Stat.offer_file_id",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.payout_type",
            "Stat.source",
            "Stat.unique_clicks",
            "Stat.week",
            "Stat.year"
          ],
          "numeric": [
            "Browser.id",
            "Category.id",
            "Stat.ad_campaign_creative_id",
            "Stat.ad_campaign_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.cpa",
            "Stat.cpc",
            "Stat.cpm",
            "Stat.ctr",
            "Stat.erpc",
            "Stat.gross_clicks",
            "Stat.hour",
            "Stat.impressions",
            "Stat.ltr",
            "Stat.month",
            "Stat.offer_file_id",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.unique_clicks",
            "Stat.week",
            "Stat.year"
          ],
          "dates": ["Stat.date"],
          "checks": {
            "Browser.id": "integer",
            "Category.id": "integer",
            "Stat.ad_campaign_creative_id": "integer",
            "Stat.ad_campaign_id": "integer",
            "Stat.clicks": "integer",
            "Stat.conversions": "integer",
            "Stat.cpa": "decimal",
            "Stat.cpc": "decimal",
            "Stat.cpm": "decimal",
            "Stat.ctr": "decimal",
            "Stat.erpc": "decimal",
            "Stat.gross_clicks": "integer",
            "Stat.hour": "integer",
            "Stat.impressions": "integer",
            "Stat.ltr": "decimal",
            "Stat.month": "integer",
            "Stat.offer_file_id": "integer",
            "Stat.offer_id": "integer",
            "Stat.offer_url_id": "integer",
            "Stat.payout": "decimal",
            "Stat.payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.unique_clicks": "integer",
            "Stat.week": "integer",
            "Stat.year": "integer"
          },
          "readOnly": [
            "AdCampaign.name",
            "Browser.display_name",
            "Browser.id",
            "Category.id",
            "Category.name",
            "Country.name",
            "OfferFile.display",
            "Offer.name",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "Stat.ad_campaign_creative_id",
            "Stat.ad_campaign_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.cpa",
            "Stat.cpc",
            "Stat.cpm",
            "Stat.ctr",
            "Stat.date",
            "Stat.erpc",
            "Stat.gross_clicks",
            "Stat.hour",
            "Stat.impressions",
            "Stat.ltr",
            "Stat.month",
            "Stat.offer_file_id",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.payout_type",
            "Stat.source",
            "Stat.unique_clicks",
            "Stat.week",
            "Stat.year"
          ]
        },
        {
          "name": "StaticApiKey",
          "key": [],
          "fields": ["api_key","status"],
          "manager": "apiKeys",
          "required": ["api_key","status"],
          "checks": {"status":["pending","rejected","active"]},
          "readOnly": ["api_key","status"]
        },
        {
          "name": "TargetRuleOffer",
          "fields": ["action","id","offer_id","rule","rule_id"],
          "manager": "offerTargetings",
          "required": ["action","offer_id","rule_id"],
          "checks": {"action":["allow","deny"],"offer_id":"integer","rule_id":"integer"},
          "readOnly": ["action","id","offer_id","rule","rule_id"]
        },
        {
          "name": "UserPreferences",
          "fields": ["id","name","user_id","value"],
          "manager": "userPreferences",
          "required": ["user_id"],
          "checks": {"user_id":"integer"},
          "readOnly": ["id","name","user_id"]
        },
        {
          "name": "AdCampaignCreative",
          "fields": ["ad_campaign_id","custom_weight","id","modified","offer_file_id","offer_id","offer_url_id","status","weight"],
          "relations": [
            {"name":"AdCampaign","property":"adCampaign","model":"AdCampaign","many":false},
            {"name":"OfferFile","property":"offerFile","model":"OfferFile","many":false},
            {"name":"OfferUrl","property":"offerUrl","model":"OfferUrl","many":false},
            {"name":"Offer","property":"offer","model":"Offer","many":false},
            {"name":"Stat","property":"stat","model":"StatReport"}
          ],
          "required": ["ad_campaign_id"],
          "checks": {
            "ad_campaign_id": "integer",
            "custom_weight": "decimal",
            "offer_file_id": "integer",
            "offer_id": "integer",
            "offer_url_id": "integer",
            "status": ["active","paused","deleted"],
            "weight": "integer"
          },
          "readOnly": ["id","modified","weight"]
        },
        {
          "name": "AffiliateAccountBalance",
          "key": ["affiliate_id"],
          "fields": ["affiliate_id","balance"],
          "required": ["balance"],
          "checks": {"balance":"decimal"},
          "readOnly": ["affiliate_id","balance"]
        },
        {
          "name": "AffiliateReferralCommission",
          "key": ["affiliate_id"],
          "fields": ["affiliate_id","field","rate","rate_type"],
          "required": ["field","rate_type"],
          "checks": {"field":["payout","revenue","profit"],"rate":"decimal","rate_type":["flat","percentage"]},
          "readOnly": ["affiliate_id"]
        },
        {
          "name": "AffiliateUserAlert",
          "fields": ["affiliate_user_id","alert_id","id","is_dismissed"],
          "required": ["affiliate_user_id","alert_id"],
          "checks": {"affiliate_user_id":"integer","alert_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "CustomMenuLink",
          "fields": ["custom_page_id","external_url","id","interface","location","placement","position","tab","title","type"],
          "manager": "customMenuLinks",
          "required": ["custom_page_id","interface","location","placement","tab","title","type"],
          "checks": {
            "custom_page_id": "integer",
            "interface": ["affiliate","advertiser","employee"],
            "location": ["internal","external"],
            "placement": ["top","bottom"],
            "position": "integer",
            "tab": ["account","ad_manager","offers","snapshot","stats","support","reports","affiliates","advertisers","company"],
            "type": ["link","tab"]
          },
          "readOnly": ["id"]
        },
        {
          "name": "CustomPage",
          "fields": ["html","id","status","title"],
          "manager": "customPages",
          "required": ["html","status","title"],
          "checks": {"status":["active","inactive","deleted"]},
          "readOnly": ["id"]
        },
        {
          "name": "OfferFile",
          "display": "filename",
          "fields": [
            "account_id",
            "code",
            "created",
            "display",
            "filename",
            "flash_vars",
            "height",
            "id",
            "interface",
            "is_private",
            "modified",
            "offer_id",
            "size",
            "status",
            "thumbnail",
            "type",
            "url",
            "width",
            "preview_uri"
          ],
          "relations": [{"name":"Offer","property":"offer","model":"Offer","many":false}],
          "aliases": ["Thumbnail"],
          "manager": "offerFiles",
          "required": ["display","offer_id","type"],
          "checks": {
            "account_id": "integer",
            "height": "integer",
            "interface": ["network","affiliate","advertiser"],
            "offer_id": "integer",
            "size": "integer",
            "status": ["active","pending","deleted"],
            "type": ["file","image banner","flash banner","email creative","offer thumbnail","text ad","html ad","hidden","xml feed"],
            "width": "integer"
          },
          "readOnly": ["created","id","is_private","modified","size","thumbnail","url"]
        },
        {
          "name": "OfferPixel",
          "fields": ["affiliate_id","code","goal_id","id","modified","offer_id","status","type"],
          "relations": [
            {"name":"Offer","property":"offer","model":"Offer","many":false},
            {"name":"Goal","property":"goal","model":"Goal","many":false},
            {"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false}
          ],
          "manager": "offerPixels",
          "required": ["affiliate_id","code","type"],
          "checks": {"affiliate_id":"integer","goal_id":"integer","offer_id":"integer","status":["active","pending","rejected","deleted"],"type":["url","code","image"]},
          "readOnly": ["id","modified"]
        },
        {
          "name": "PaymentMethodCheck",
          "key": [],
          "fields": ["affiliate_id","address1","address2","city","country","payable_to","region","zipcode","is_individual"],
          "checks": {"affiliate_id":"integer"},
          "readOnly": ["affiliate_id"]
        },
        {
          "name": "PaymentMethodDirectDeposit",
          "key": [],
          "fields": ["affiliate_id","account_holder","account_number","bank_name","other_details","routing_number"],
          "checks": {"affiliate_id":"integer"},
          "readOnly": ["affiliate_id"]
        },
        {"name":"PaymentMethodOther","key":[],"fields":["affiliate_id","details"],"checks":{"affiliate_id":"integer"},"readOnly":["affiliate_id"]},
        {
          "name": "PaymentMethodPayQuicker",
          "key": [],
          "fields": [
            "affiliate_id",
            "advanced_accounting_id",
            "advanced_email",
            "advanced_security_id",
            "advanced_security_id_hint",
            "m2eft_account_name",
            "m2eft_account_number",
            "m2eft_account_tax_number",
            "m2eft_account_type",
            "m2eft_account_type_code",
            "m2eft_bank_address",
            "m2eft_bank_name",
            "m2eft_bank_number",
            "m2eft_bic",
            "m2eft_city",
            "m2eft_description",
            "m2eft_destination_country_code",
            "m2eft_iban",
            "m2eft_postal_code",
            "m2eft_routing_number",
            "m2m_accounting_id",
            "m2m_email",
            "m2m_security_id",
            "m2m_security_id_hint",
            "m2papercheck_address1",
            "m2papercheck_address2",
            "m2papercheck_address3",
            "m2papercheck_address4",
            "m2papercheck_check_memo",
            "m2papercheck_city",
            "m2papercheck_destination_country_code",
            "m2papercheck_postal_code",
            "m2papercheck_recipient_name",
            "m2papercheck_region",
            "m2papercheck_return_address1",
            "m2papercheck_return_address2",
            "m2papercheck_return_address3",
            "m2papercheck_return_city",
            "m2papercheck_return_country_code",
            "m2papercheck_return_postal_code",
            "m2papercheck_return_region",
            "method",
            "usach_account_number",
            "usach_account_type",
            "usach_first_name",
            "usach_last_name",
            "usach_routing_number"
          ],
          "checks": {
            "affiliate_id": "integer",
            "m2eft_account_type": ["checking","savings"],
            "method": ["m2m","m2papercheck","m2eft","usach","advanced"],
            "usach_account_type": ["checking","savings"]
          },
          "readOnly": ["affiliate_id"]
        },
        {
          "name": "PaymentMethodPayoneer",
          "key": [],
          "fields": ["affiliate_id","status"],
          "checks": {"affiliate_id":"integer","status":["pending","registered","approved","declined"]},
          "readOnly": ["affiliate_id"]
        },
        {
          "name": "PaymentMethodPaypal",
          "key": [],
          "fields": ["affiliate_id","email","modified"],
          "checks": {"affiliate_id":"integer"},
          "readOnly": ["affiliate_id","modified"]
        },
        {
          "name": "PaymentMethodWire",
          "key": [],
          "fields": ["affiliate_id","account_number","bank_name","beneficiary_name","modified","other_details","routing_number"],
          "checks": {"affiliate_id":"integer"},
          "readOnly": ["affiliate_id","modified"]
        },
        {"name":"Payoneer","key":["affiliate_id"],"fields":["affiliate_id","payoneer_status"],"readOnly":["affiliate_id"]},
        {
          "name": "Region",
          "key": ["name"],
          "fields": ["name","country_code","code","bit_pos","country_code_3c","id"],
          "required": ["country_code","code"],
          "checks": {"id":"integer"},
          "readOnly": ["name"]
        },
        {
          "name": "Report",
          "key": ["Stat.affiliate_id","Stat.offer_id","Stat.goal_id","Stat.offer_url_id","Stat.date","Stat.hour","Stat.country_code","Stat.browser_id"],
          "fields": [
            "Stat.affiliate_id",
            "Stat.offer_id",
            "Stat.goal_id",
            "Stat.offer_url_id",
            "Stat.date",
            "Stat.hour",
            "Stat.country_code",
            "Stat.browser_id",
            "Stat.clicks",
            "Stat.unique_clicks",
            "Stat.conversions",
            "currency",
            "payout_type",
            "revenue_type",
            "Stat.payout",
            "Stat.impressions",
            "Stat.revenue",
            "Stat.sale_amount",
            "Stat.affiliate_manager_id",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.ad_campaign.id",
            "Stat.affiliate_info",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5"
          ],
          "manager": "reports",
          "checks": {"Stat.affiliate_manager_id":"integer","Stat.advertiser_id":"integer","Stat.advertiser_manager_id":"integer"},
          "readOnly": ["Stat.affiliate_id","Stat.offer_id","Stat.goal_id","Stat.offer_url_id","Stat.date","Stat.hour","Stat.country_code","Stat.browser_id"]
        },
        {
          "name": "RingRevenue",
          "key": ["transaction_id"],
          "fields": [
            "added_to_conversions",
            "advertiser_call_fee_localized",
            "advertiser_campaign_id",
            "advertiser_campaign_id_from_network",
            "advertiser_id",
            "advertiser_id_from_network",
            "advertiser_payin_localized",
            "affiliate_call_volume_ranking",
            "affiliate_commissions_ranking",
            "affiliate_conversion_rate_ranking",
            "affiliate_id",
            "affiliate_id_from_network",
            "affiliate_payout_localized",
            "call_fee_localized",
            "call_result_description_detail",
            "call_source_description",
            "calling_phone_number",
            "city",
            "connect_duration",
            "corrected_at",
            "corrects_transaction_id",
            "duration",
            "ivr_duration",
            "keypress_1",
            "keypress_2",
            "keypress_3",
            "keypress_4",
            "keypresses",
            "margin_localized",
            "matching_advertiser_payin_policies",
            "matching_affiliate_payout_policies",
            "media_type",
            "mobile",
            "opt_in_sms",
            "original_order_id",
            "recording",
            "region",
            "start_after_transaction_id",
            "start_time_local",
            "transaction_id",
            "transaction_type"
          ],
          "manager": "ringRevenue",
          "required": [
            "added_to_conversions",
            "advertiser_campaign_id",
            "advertiser_campaign_id_from_network",
            "advertiser_id",
            "advertiser_id_from_network",
            "affiliate_call_volume_ranking",
            "affiliate_commissions_ranking",
            "affiliate_conversion_rate_ranking",
            "affiliate_id",
            "affiliate_id_from_network",
            "call_result_description_detail",
            "call_source_description",
            "calling_phone_number",
            "city",
            "connect_duration",
            "duration",
            "ivr_duration",
            "media_type",
            "mobile",
            "opt_in_sms",
            "original_order_id",
            "region",
            "start_time_local",
            "transaction_type"
          ],
          "checks": {
            "advertiser_call_fee_localized": "decimal",
            "advertiser_campaign_id": "integer",
            "advertiser_campaign_id_from_network": "integer",
            "advertiser_id": "integer",
            "advertiser_id_from_network": "integer",
            "advertiser_payin_localized": "decimal",
            "affiliate_call_volume_ranking": "integer",
            "affiliate_commissions_ranking": "integer",
            "affiliate_conversion_rate_ranking": "integer",
            "affiliate_id": "integer",
            "affiliate_id_from_network": "integer",
            "affiliate_payout_localized": "decimal",
            "call_fee_localized": "decimal",
            "connect_duration": "integer",
            "duration": "integer",
            "ivr_duration": "integer",
            "margin_localized": "decimal",
            "transaction_type": ["Call","Sale","WebSale"]
          },
          "readOnly": [
            "added_to_conversions",
            "advertiser_call_fee_localized",
            "advertiser_campaign_id",
            "advertiser_campaign_id_from_network",
            "advertiser_id",
            "advertiser_id_from_network",
            "advertiser_payin_localized",
            "affiliate_call_volume_ranking",
            "affiliate_commissions_ranking",
            "affiliate_conversion_rate_ranking",
            "affiliate_id",
            "affiliate_id_from_network",
            "affiliate_payout_localized",
            "call_fee_localized",
            "call_result_description_detail",
            "call_source_description",
            "calling_phone_number",
            "city",
            "connect_duration",
            "corrected_at",
            "corrects_transaction_id",
            "duration",
            "ivr_duration",
            "keypress_1",
            "keypress_2",
            "keypress_3",
            "keypress_4",
            "keypresses",
            "margin_localized",
            "matching_advertiser_payin_policies",
            "matching_affiliate_payout_policies",
            "media_type",
            "mobile",
            "opt_in_sms",
            "original_order_id",
            "recording",
            "region",
            "start_after_transaction_id",
            "start_time_local",
            "transaction_id",
            "transaction_type"
          ]
        },
        {
          "name": "SavedReports",
          "fields": ["data","hash","id","interface","name","type","user_id"],
          "manager": "savedReports",
          "required": ["data","hash","interface","name","type","user_id"],
          "checks": {"interface":["affiliate","network","advertiser"],"type":["stats","conversions"],"user_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "SignupQuestion",
          "fields": ["class","class_data","id","question","required","status","type","type_id"],
          "required": ["question","type"],
          "checks": {"class":["bool","select","textarea"],"question":"integer","status":["active","paused","deleted"],"type":["affiliate","offer"],"type_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "SimpleOffer",
          "fields": [
            "id",
            "advertiser_id",
            "allow_direct_links",
            "allow_multiple_conversions",
            "allow_website_links",
            "approve_conversions",
            "click_macro_url",
            "conversion_cap",
            "conversion_ratio_threshold",
            "converted_offer_id",
            "converted_offer_type",
            "converted_offer_url",
            "cookie_hours",
            "currency",
            "customer_list_id",
            "default_goal_name",
            "default_payout",
            "default_scrub",
            "description",
            "disable_click_macro",
            "display_advertiser",
            "dne_list_id",
            "email_instructions",
            "email_instructions_from",
            "email_instructions_subject",
            "enable_offer_whitelist",
            "enforce_encrypt_tracking_pixels",
            "enforce_geo_targeting",
            "expiration_date",
            "featured",
            "has_goals_enabled",
            "hostname_id",
            "is_country_primary",
            "is_private",
            "is_seo_friendly_301",
            "is_subscription",
            "max_payout",
            "max_percent_payout",
            "modified",
            "monthly_conversion_cap",
            "monthly_payout_cap",
            "monthly_revenue_cap",
            "name",
            "note",
            "offer_url",
            "payout_cap",
            "payout_type",
            "percent_payout",
            "preview_url",
            "protocol",
            "rating",
            "redirect_offer_id",
            "ref_id",
            "require_approval",
            "require_terms_and_conditions",
            "revenue_cap",
            "revenue_type",
            "session_hours",
            "session_impression_hours",
            "set_session_on_impression",
            "show_custom_variables",
            "show_mail_list",
            "status",
            "subscription_duration",
            "subscription_frequency",
            "target_browsers",
            "terms_and_conditions",
            "tiered_payout",
            "tiered_revenue",
            "AFFILIATE_NETWORK_Brands_id",
            "SHARED_Advertiser_Offers_id",
            "SHARED_Affiliate_Offers_id",
            "SHARED_Offers_id",
            "shared_offers_modified",
            "shared_offer_approval_status",
            "shared_offer_status",
            "_NETWORK_offer_id",
            "_NETWORK_dne_list_id",
            "parent_offers_modified",
            "session_cookieless_minutes",
            "use_target_rules"
          ],
          "checks": {
            "advertiser_id": "integer",
            "converted_offer_id": "integer",
            "customer_list_id": "integer",
            "dne_list_id": "integer",
            "hostname_id": "integer",
            "redirect_offer_id": "integer",
            "ref_id": "integer",
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "SHARED_Advertiser_Offers_id": "integer",
            "SHARED_Affiliate_Offers_id": "integer",
            "SHARED_Offers_id": "integer",
            "_NETWORK_offer_id": "integer",
            "_NETWORK_dne_list_id": "integer"
          },
          "readOnly": ["id"]
        },
        {"name":"TimeZone","fields":["id","location","gmt","keyword"],"required":["location","gmt","keyword"],"readOnly":["id"]}
      ]
    });
