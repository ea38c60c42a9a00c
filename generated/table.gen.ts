// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from every schema file.
// Change the YAML under schema/ and run the command again.

import { expandTable } from "../src/runtime/types.js";
/** Controllers, methods and models: the data the runtime in src/runtime interprets (rows omit defaults). */
export const API_TABLE = expandTable({
      "controllers": [
        {
          "target": "AdManager",
          "manager": "adManager",
          "model": "AdCampaignCreative",
          "source": "schema/network/ad-manager.yaml",
          "methods": [
            {
              "name": "addCreative",
              "params": [{"name":"campaign_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AdCampaignCreative"}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "createCampaign",
              "params": [{"name":"data","type":"data","required":true,"model":"AdCampaign"},{"name":"return_object","type":"boolean"}],
              "result": "modelOrId",
              "model": "AdCampaign",
              "edition": "2015"
            },
            {
              "name": "findAllCampaigns",
              "params": [
                {"name":"filters","type":"filters","model":"AdCampaign"},
                {"name":"sort","type":"sort","model":"AdCampaign"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AdCampaign"},
                {"name":"contain","type":"contain","model":"AdCampaign"}
              ],
              "result": "models",
              "model": "AdCampaign",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllCreatives",
              "params": [
                {"name":"filters","type":"filters","model":"AdCampaignCreative"},
                {"name":"sort","type":"sort","model":"AdCampaignCreative"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AdCampaignCreative"},
                {"name":"contain","type":"contain","model":"AdCampaignCreative"}
              ],
              "result": "models",
              "model": "AdCampaignCreative",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findCampaignById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"AdCampaign"},
                {"name":"contain","type":"contain","model":"AdCampaign"}
              ],
              "result": "model",
              "model": "AdCampaign",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findCreativeById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"AdCampaignCreative"},
                {"name":"contain","type":"contain","model":"AdCampaignCreative"}
              ],
              "result": "model",
              "model": "AdCampaignCreative",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getActiveNetworkCampaignCount","params":[{"name":"affiliate_access","type":"integer"}],"returns":"number","safe":true,"edition":"2015"},
            {
              "name": "getCampaignCode",
              "params": [
                {"name":"campaign_id","type":"integer","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
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
                {"name":"fields","type":"fields","model":"AdCampaignCreative"},
                {"name":"contain","type":"contain","model":"AdCampaignCreative"}
              ],
              "result": "models",
              "model": "AdCampaignCreative",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getUsage","params":[{"name":"start_date","type":"string"},{"name":"end_date","type":"string"}],"safe":true,"edition":"2015"},
            {"name":"setCreativeCustomWeights","params":[{"name":"data","type":"object","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"setCreativeWeights","params":[{"name":"data","type":"object","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "updateCampaign",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"AdCampaign"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "AdCampaign",
              "edition": "2015"
            },
            {
              "name": "updateCampaignField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AdCampaign"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateCreative",
              "params": [
                {"name":"creative_id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"AdCampaignCreative"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "AdCampaignCreative",
              "edition": "2015"
            },
            {
              "name": "updateCreativeField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AdCampaignCreative"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        },
        {
          "target": "AdvertiserBilling",
          "manager": "advertiserBilling",
          "model": "AdvertiserInvoice",
          "source": "schema/network/advertiser-billing.yaml",
          "methods": [
            {
              "name": "addInvoiceItem",
              "params": [{"name":"invoice_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AdvertiserInvoiceItem"}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "createInvoice",
              "params": [{"name":"data","type":"data","required":true,"model":"AdvertiserInvoice"},{"name":"return_object","type":"boolean"}],
              "result": "modelOrId",
              "model": "AdvertiserInvoice",
              "edition": "2015"
            },
            {
              "name": "findAllInvoices",
              "params": [
                {"name":"filters","type":"filters","model":"AdvertiserInvoice"},
                {"name":"sort","type":"sort","model":"AdvertiserInvoice"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AdvertiserInvoice"},
                {"name":"contain","type":"contain","model":"AdvertiserInvoice"}
              ],
              "result": "models",
              "model": "AdvertiserInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllInvoicesByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"mixed"},
                {"name":"fields","type":"fields","model":"AdvertiserInvoice"},
                {"name":"contain","type":"contain","model":"AdvertiserInvoice"}
              ],
              "result": "models",
              "model": "AdvertiserInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findInvoiceById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"AdvertiserInvoice"},
                {"name":"contain","type":"contain","model":"AdvertiserInvoice"}
              ],
              "result": "model",
              "model": "AdvertiserInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findInvoiceStats",
              "params": [
                {"name":"advertiser_id","type":"integer","required":true},
                {"name":"start_date","type":"string"},
                {"name":"end_date","type":"string","required":true},
                {"name":"currency","type":"string"}
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getNextStartDate",
              "params": [{"name":"advertiser_id","type":"integer","required":true},{"name":"currency","type":"string","required":true}],
              "returns": "string",
              "safe": true,
              "edition": "2015"
            },
            {"name":"removeInvoiceItem","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "updateInvoice",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"AdvertiserInvoice"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "AdvertiserInvoice",
              "edition": "2015"
            },
            {
              "name": "updateInvoiceField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AdvertiserInvoice"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "AdvertiserInvoice",
              "edition": "2015"
            },
            {
              "name": "updateTaxInfo",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AdvertiserMeta"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "AdvertiserUser",
          "manager": "advertiserUsers",
          "model": "AdvertiserUser",
          "source": "schema/network/advertiser-user.yaml",
          "methods": [
            {
              "name": "checkPassword",
              "params": [{"name":"id","type":"integer","required":true},{"name":"password","type":"string","required":true}],
              "returns": "boolean",
              "safe": true,
              "edition": "2015"
            },
            {"name":"create","kind":"create","result":"modelOrId","model":"AdvertiserUser","data":"AdvertiserUser","edition":"2015"},
            {"name":"findAll","kind":"find","model":"AdvertiserUser","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"AdvertiserUser"},
                {"name":"contain","type":"contain","model":"AdvertiserUser"}
              ],
              "result": "models",
              "model": "AdvertiserUser",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllIds","returns":"ids","safe":true,"edition":"2015"},
            {"name":"findAllIdsByAdvertiserId","params":[{"name":"advertiser_id","type":"integer","required":true}],"returns":"ids","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","model":"AdvertiserUser","safe":true,"edition":"2015"},
            {
              "name": "grantAccess",
              "params": [
                {"name":"id","type":"integer","required":true},
                {
                  "name": "permission",
                  "type": "string",
                  "required": true,
                  "values": ["Advertiser.account_management","Advertiser.offer_management","Advertiser.stats","Advertiser.user_management"]
                }
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeAccess",
              "params": [
                {"name":"id","type":"integer","required":true},
                {
                  "name": "permission",
                  "type": "string",
                  "required": true,
                  "values": ["Advertiser.account_management","Advertiser.offer_management","Advertiser.stats","Advertiser.user_management"]
                }
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "resetPassword",
              "params": [{"name":"id","type":"integer","required":true},{"name":"length","type":"integer"}],
              "returns": "string",
              "edition": "2015"
            },
            {"name":"uniqueEmail","params":[{"name":"email","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {"name":"update","kind":"update","result":"modelOrId","model":"AdvertiserUser","data":"AdvertiserUser","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AdvertiserUser"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "AdvertiserUser",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Advertiser",
          "manager": "advertisers",
          "model": "Advertiser",
          "source": "schema/network/advertiser.yaml",
          "methods": [
            {
              "name": "addAccountNote",
              "params": [{"name":"id","type":"integer","required":true},{"name":"note","type":"string","required":true}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "block",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"reason","type":"string"}],
              "returns": "boolean",
              "instance": "id",
              "edition": "2015"
            },
            {
              "name": "blockAffiliate",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"create","kind":"create","edition":"2015"},
            {"name":"createSignupQuestion","params":[{"name":"data","type":"data","required":true,"model":"SignupQuestion"}],"returns":"number","edition":"2015"},
            {
              "name": "createSignupQuestionAnswer",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupAnswer"}],
              "result": "model",
              "model": "SignupAnswer",
              "edition": "2015"
            },
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"Advertiser"},
                {"name":"contain","type":"contain","model":"Advertiser"}
              ],
              "result": "models",
              "model": "Advertiser",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllIds","kind":"find","result":"raw","returns":"ids","safe":true,"edition":"2015"},
            {"name":"findAllIdsByAccountManagerId","params":[{"name":"employee_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAllOptimizerExcludedAdvertisers","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllPendingUnassignedAdvertiserIds","params":[{"name":"manager_id","type":"integer"}],"safe":true,"edition":"2015"},
            {"name":"findAllPendingUnassignedAdvertisers","params":[{"name":"employee_id","type":"integer"}],"safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {"name":"getAccountBalance","params":[{"name":"id","type":"integer","required":true}],"returns":"number","safe":true,"edition":"2015"},
            {"name":"getAccountManager","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getAccountNotes","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getBlockedAffiliateIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getBlockedReasons","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getCreatorUser","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getOverview",
              "params": [
                {"name":"advertiser_ids","type":"array","of":"mixed"},
                {"name":"filters","type":"filters","model":"Advertiser"},
                {"name":"employee_id","type":"integer"}
              ],
              "result": "models",
              "model": "Advertiser",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getOwnersAdvertiserAccountId","returns":"number","safe":true,"edition":"2015"},
            {"name":"getSignupAnswers","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getSignupQuestions","params":[{"name":"status","type":"string","values":["active","paused","deleted"]}],"safe":true,"edition":"2015"},
            {"name":"getUnblockedAffiliateIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "signup",
              "params": [
                {"name":"account","type":"data","required":true,"model":"Advertiser"},
                {"name":"user","type":"data","model":"AdvertiserUser"},
                {"name":"meta","type":"data","model":"AdvertiserMeta"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "Advertiser",
              "edition": "2015"
            },
            {
              "name": "unblockAffiliate",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateAccountNote",
              "params": [{"name":"account_note_id","type":"integer","required":true},{"name":"note","type":"string","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Advertiser"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateSignupQuestion",
              "params": [{"name":"question_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupQuestion"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateSignupQuestionAnswer",
              "params": [{"name":"answer_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupAnswer"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "AffiliateBilling",
          "manager": "affiliateBilling",
          "model": "AffiliateReceipt",
          "source": "schema/network/affiliate-billing.yaml",
          "methods": [
            {
              "name": "addInvoiceItem",
              "params": [{"name":"invoice_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AffiliateInvoiceItem"}],
              "result": "model",
              "model": "AffiliateInvoiceItem",
              "edition": "2015"
            },
            {
              "name": "createInvoice",
              "params": [
                {"name":"data","type":"data","required":true,"model":"AffiliateInvoice"},
                {"name":"allow_duplicate","type":"boolean"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "AffiliateInvoice",
              "edition": "2015"
            },
            {
              "name": "createReceipt",
              "params": [{"name":"data","type":"data","required":true,"model":"AffiliateReceipt"},{"name":"return_object","type":"boolean"}],
              "result": "modelOrId",
              "model": "AffiliateReceipt",
              "edition": "2015"
            },
            {
              "name": "findAllInvoices",
              "params": [
                {"name":"filters","type":"filters","model":"AffiliateInvoice"},
                {"name":"sort","type":"sort","model":"AffiliateInvoice"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateInvoice"},
                {"name":"contain","type":"contain","model":"AffiliateInvoice"},
                {"name":"currency","type":"string"}
              ],
              "result": "models",
              "model": "AffiliateInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllInvoicesByAffiliateFilters",
              "params": [
                {"name":"affiliateFilters","type":"array","of":"mixed"},
                {"name":"filters","type":"array","of":"string"},
                {"name":"sort","type":"array","of":"string"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"array","of":"string"},
                {"name":"contain","type":"array","of":"string"},
                {"name":"currency","type":"string"}
              ],
              "safe": true,
              "edition": "2013"
            },
            {
              "name": "findAllInvoicesByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateInvoice"},
                {"name":"contain","type":"contain","model":"AffiliateInvoice"},
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
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateReceipt"},
                {"name":"contain","type":"contain","model":"AffiliateReceipt"}
              ],
              "result": "models",
              "model": "AffiliateReceipt",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllReceiptsByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateReceipt"},
                {"name":"contain","type":"contain","model":"AffiliateReceipt"}
              ],
              "result": "models",
              "model": "AffiliateReceipt",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findInvoiceById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"AffiliateInvoice"},
                {"name":"contain","type":"contain","model":"AffiliateInvoice"},
                {"name":"currency","type":"string"}
              ],
              "result": "model",
              "model": "AffiliateInvoice",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findInvoiceStats",
              "params": [
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"start_date","type":"string"},
                {"name":"end_date","type":"string","required":true},
                {"name":"currency","type":"string"}
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"findLastInvoice","params":[{"name":"affiliate_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "findLastReceipt",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"status","type":"string","values":["pending","success","failed","deleted"]}],
              "result": "models",
              "model": "AffiliateReceipt",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findReceiptById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"AffiliateReceipt"},
                {"name":"contain","type":"contain","model":"AffiliateReceipt"}
              ],
              "result": "model",
              "model": "AffiliateReceipt",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateInvoices",
              "params": [
                {"name":"date","type":"string"},
                {"name":"ignore_preference","type":"string","values":["false","true"]},
                {"name":"advertiser_ids","type":"array","of":"integer"}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "getAccountBalance",
              "params": [{"name":"affiliateId","type":"integer","required":true}],
              "result": "model",
              "model": "AffiliateAccountBalance",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getAccountHistory","params":[{"name":"affiliate_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getNextStartDate",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"currency","type":"string"}],
              "returns": "string",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getOutstandingInvoices",
              "params": [{"name":"filters","type":"filters","model":"Affiliate"},{"name":"limit","type":"integer"},{"name":"page","type":"integer"}],
              "result": "models",
              "model": "Affiliate",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getPayoutTotals",
              "params": [
                {"name":"affiliate_id","type":"integer","required":true},
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
            {"name":"removeInvoiceItem","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "updateInvoice",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"AffiliateInvoice"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "model": "AffiliateInvoice",
              "edition": "2015"
            },
            {
              "name": "updateInvoiceField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AffiliateInvoice"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateReceipt",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"AffiliateReceipt"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "AffiliateReceipt",
              "edition": "2015"
            },
            {
              "name": "updateReceiptField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AffiliateReceipt"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateTaxInfo",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AffiliateMeta"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "AffiliateUser",
          "manager": "affiliateUsers",
          "model": "AffiliateUser",
          "source": "schema/network/affiliate-user.yaml",
          "methods": [
            {
              "name": "checkPassword",
              "params": [{"name":"id","type":"integer","required":true},{"name":"password","type":"string","required":true}],
              "returns": "boolean",
              "safe": true,
              "edition": "2015"
            },
            {"name":"create","kind":"create","edition":"2015"},
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateUser"},
                {"name":"contain","type":"contain","model":"AffiliateUser"}
              ],
              "result": "models",
              "model": "AffiliateUser",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllIds","kind":"find","result":"raw","returns":"ids","safe":true,"edition":"2015"},
            {"name":"findAllIdsByAffiliateId","params":[{"name":"affiliate_id","type":"integer","required":true}],"returns":"ids","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {
              "name": "grantAccess",
              "params": [
                {"name":"id","type":"integer","required":true},
                {
                  "name": "permission",
                  "type": "string",
                  "required": true,
                  "values": ["Affiliate.account_management","Affiliate.API","Affiliate.offer_management","Affiliate.stats","Affiliate.user_management"]
                }
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeAccess",
              "params": [
                {"name":"id","type":"integer","required":true},
                {
                  "name": "permission",
                  "type": "string",
                  "required": true,
                  "values": ["Affiliate.account_management","Affiliate.API","Affiliate.offer_management","Affiliate.stats","Affiliate.user_management"]
                }
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "resetPassword",
              "params": [{"name":"id","type":"integer","required":true},{"name":"length","type":"integer"}],
              "returns": "string",
              "edition": "2015"
            },
            {"name":"uniqueEmail","params":[{"name":"email","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"AffiliateUser"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {"name":"delete","kind":"delete","instance":"id","edition":"overlay"}
          ]
        },
        {
          "target": "Affiliate",
          "manager": "affiliates",
          "model": "Affiliate",
          "source": "schema/network/affiliate.yaml",
          "methods": [
            {
              "name": "addAccountNote",
              "params": [{"name":"id","type":"integer","required":true},{"name":"note","type":"string","required":true}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "adjustAffiliateClicks",
              "params": [
                {"name":"datetime","type":"string","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"action","type":"string","required":true,"values":["add","remove"]},
                {"name":"quantity","type":"integer","required":true},
                {"name":"offer_id","type":"integer","required":true},
                {"name":"goal_id","type":"integer"}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "affiliateByAdminSignup",
              "params": [
                {"name":"account","type":"array","required":true,"of":"mixed"},
                {"name":"user","type":"array","required":true,"of":"mixed"},
                {"name":"meta","type":"array","of":"mixed"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "AffiliateMeta",
              "edition": "2013"
            },
            {
              "name": "block",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"reason","type":"string"}],
              "returns": "boolean",
              "instance": "id",
              "edition": "2015"
            },
            {"name":"create","kind":"create","edition":"2015"},
            {"name":"createSignupQuestion","params":[{"name":"data","type":"data","required":true,"model":"SignupQuestion"}],"returns":"number","edition":"2015"},
            {
              "name": "createSignupQuestionAnswer",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupAnswer"}],
              "returns": "number",
              "edition": "2015"
            },
            {"name":"disableFraudAlert","params":[{"name":"fraud_alert_id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"enableFraudAlert","params":[{"name":"fraud_alert_id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"Affiliate"},
                {"name":"contain","type":"contain","model":"Affiliate"}
              ],
              "result": "models",
              "model": "Affiliate",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllFraudAlerts",
              "params": [
                {"name":"filters","type":"filters","model":"AffiliateFraudAlert"},
                {"name":"sort","type":"sort","model":"AffiliateFraudAlert"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateFraudAlert"},
                {"name":"contain","type":"contain","model":"AffiliateFraudAlert"}
              ],
              "result": "models",
              "model": "AffiliateFraudAlert",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllIds","kind":"find","result":"raw","returns":"ids","safe":true,"edition":"2015"},
            {"name":"findAllIdsByAccountManagerId","params":[{"name":"employee_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAllOptimizerExcludedAffiliates","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllPendingUnassignedAffiliateIds","params":[{"name":"manager_id","type":"integer"}],"safe":true,"edition":"2015"},
            {"name":"findAllPendingUnassignedAffiliates","params":[{"name":"employee_id","type":"integer"}],"safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {
              "name": "findList",
              "params": [{"name":"filters","type":"filters","model":"Affiliate"}],
              "result": "models",
              "model": "Affiliate",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateReferralCommissions",
              "params": [{"name":"start_date","type":"string"},{"name":"end_date","type":"string"},{"name":"affiliate_id","type":"integer"}],
              "returns": "boolean",
              "edition": "2013"
            },
            {"name":"getAccountBalance","params":[{"name":"id","type":"integer","required":true}],"returns":"number","safe":true,"edition":"2013"},
            {"name":"getAccountManager","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getAccountNotes","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getAffiliateReferrals",
              "params": [
                {"name":"filters","type":"filters","model":"Affiliate"},
                {"name":"sort","type":"sort","model":"Affiliate"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"Affiliate"},
                {"name":"contain","type":"contain","model":"Affiliate"}
              ],
              "result": "models",
              "model": "Affiliate",
              "safe": true,
              "edition": "2013"
            },
            {"name":"getAffiliateTier","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getApprovedOfferIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getBlockedOfferIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getBlockedReasons","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getCreatorUser","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getOfferConversionCaps","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getOfferHostnames",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","deleted"]}],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getOfferPayouts","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getOfferPayoutsAll","safe":true,"edition":"2015"},
            {
              "name": "getOfferPixels",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","pending","deleted","rejected"]}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getOverview",
              "params": [{"name":"affiliate_ids","type":"integer"},{"name":"filters","type":"array","of":"string"},{"name":"employee_id","type":"integer"}],
              "safe": true,
              "edition": "2013"
            },
            {"name":"getOwnersAffiliateAccountId","returns":"number","safe":true,"edition":"2015"},
            {"name":"getPaymentMethods","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getReferralAffiliateIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getReferralCommission","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getReferringAffiliate","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getSignupAnswers","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getSignupQuestions","params":[{"name":"status","type":"string","values":["active","paused","deleted"]}],"safe":true,"edition":"2015"},
            {"name":"getUnapprovedOfferIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getUnblockedOfferIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"removeCustomReferralCommission","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "setCustomReferralCommission",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AffiliateReferralCommission"}],
              "result": "model",
              "model": "AffiliateReferralCommission",
              "edition": "2015"
            },
            {
              "name": "signup",
              "params": [
                {"name":"account","type":"data","required":true,"model":"Affiliate"},
                {"name":"user","type":"data","model":"AffiliateUser"},
                {"name":"meta","type":"data","model":"AffiliateMeta"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "Affiliate",
              "edition": "2015"
            },
            {
              "name": "simpleSearch",
              "params": [
                {"name":"filters","type":"filters","model":"Affiliate"},
                {"name":"fields","type":"fields","model":"Affiliate"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"sort","type":"sort","model":"Affiliate"}
              ],
              "result": "models",
              "model": "Affiliate",
              "safe": true,
              "edition": "2015"
            },
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateAccountNote",
              "params": [{"name":"account_note_id","type":"integer","required":true},{"name":"note","type":"string","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateByRefId",
              "params": [
                {"name":"ref_id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"Affiliate"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "Affiliate",
              "edition": "2015"
            },
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Affiliate"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "modelOrId",
              "model": "Affiliate",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodCheck",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodCheck"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodDirectDeposit",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodDirectDeposit"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodOther",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodOther"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodPayQuicker",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodPayQuicker"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodPayoneer",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodPayoneer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodPaypal",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodPaypal"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updatePaymentMethodWire",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"PaymentMethodWire"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateSignupQuestion",
              "params": [{"name":"question_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupQuestion"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateSignupQuestionAnswer",
              "params": [{"name":"answer_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupAnswer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"delete","kind":"delete","instance":"id","edition":"overlay"},
            {
              "name": "createWithUser",
              "kind": "call",
              "params": [{"name":"user","type":"object","required":true},{"name":"data","type":"object","required":true}],
              "result": "model",
              "behaviour": "createWithUser",
              "edition": "overlay"
            },
            {
              "name": "getOfferFilesWithCreativeCode",
              "target": "Offer",
              "kind": "call",
              "params": [{"name":"affiliate_id","type":"integer","required":true},{"name":"offer_id","type":"integer","required":true}],
              "result": "models",
              "model": "OfferFile",
              "safe": true,
              "instance": "affiliate_id",
              "edition": "overlay"
            }
          ]
        },
        {
          "target": "Alert",
          "manager": "alert",
          "model": "Alert",
          "source": "schema/network/alert.yaml",
          "methods": [
            {"name":"create","kind":"create","result":"modelOrId","model":"Alert","data":"Alert","edition":"2015"},
            {
              "name": "createAffiliateUserAlert",
              "params": [{"name":"affiliate_user_id","type":"integer","required":true},{"name":"alert_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "createEmployeeAlert",
              "params": [{"name":"employee_id","type":"integer","required":true},{"name":"alert_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "dismissAffiliateUserAlert",
              "params": [{"name":"alert_id","type":"integer","required":true},{"name":"affiliate_user_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"dismissAllAffiliateUserAlerts","params":[{"name":"affiliate_user_id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"dismissAllEmployeeAlerts","params":[{"name":"employee_id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "dismissEmployeeAlert",
              "params": [{"name":"alert_id","type":"integer","required":true},{"name":"employee_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"dismissMultipleEmployeeAlerts","loose":true,"edition":"supplement"},
            {"name":"findAll","kind":"find","model":"Alert","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [{"name":"ids","type":"array","required":true,"of":"integer"},{"name":"fields","type":"fields","model":"Alert"}],
              "result": "models",
              "model": "Alert",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","model":"Alert","safe":true,"edition":"2015"},
            {
              "name": "getAffiliateUserAlerts",
              "params": [
                {"name":"affiliate_user_id","type":"integer","required":true},
                {"name":"filters","type":"filters","model":"AffiliateUserAlert"},
                {"name":"limit","type":"integer"},
                {"name":"is_dismissed","type":"integer"},
                {"name":"status","type":"string","values":["active","deleted"]},
                {"name":"page","type":"integer"}
              ],
              "result": "models",
              "model": "AffiliateUserAlert",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getEmployeeAlerts",
              "params": [
                {"name":"employee_id","type":"integer","required":true},
                {"name":"filters","type":"filters","model":"EmployeeAlert"},
                {"name":"limit","type":"integer"},
                {"name":"is_dismissed","type":"boolean"},
                {"name":"status","type":"string","values":["active","deleted"]}
              ],
              "result": "models",
              "model": "EmployeeAlert",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "sendToAffiliateUsers",
              "params": [{"name":"alertId","type":"integer","required":true},{"name":"filters","type":"filters","model":"AffiliateUser"}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "sendToEmployees",
              "params": [{"name":"employee_ids","type":"array","required":true,"of":"integer"},{"name":"alert_id","type":"integer","required":true}],
              "returns": "number",
              "edition": "2015"
            },
            {"name":"update","kind":"update","returns":"boolean","model":"Alert","data":"Alert","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Alert"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        },
        {
          "target": "ApiKey",
          "manager": "apiKeys",
          "model": "StaticApiKey",
          "source": "schema/network/api-key.yaml",
          "methods": [
            {
              "name": "findApiKeys",
              "params": [{"name":"filters","type":"filters","model":"StaticApiKey"}],
              "result": "models",
              "model": "StaticApiKey",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateApiKey",
              "params": [{"name":"user_type","type":"string","required":true,"values":["affiliate"]},{"name":"user_id","type":"integer","required":true}],
              "result": "model",
              "model": "StaticApiKey",
              "edition": "2015"
            },
            {
              "name": "getUserApiKey",
              "params": [{"name":"user_type","type":"string","required":true,"values":["affiliate"]},{"name":"user_id","type":"integer","required":true}],
              "result": "model",
              "model": "StaticApiKey",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "regenerateApiKey",
              "params": [
                {"name":"user_type","type":"string","required":true,"values":["affiliate"]},
                {"name":"user_id","type":"integer","required":true},
                {"name":"existing_api_key","type":"string","required":true}
              ],
              "result": "model",
              "model": "StaticApiKey",
              "edition": "2015"
            },
            {
              "name": "updateApiKeyStatus",
              "params": [{"name":"key_id","type":"integer","required":true},{"name":"status","type":"string","required":true,"values":["pending","rejected","active"]}],
              "returns": "void",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Application",
          "manager": "application",
          "model": "Application",
          "source": "schema/network/application.yaml",
          "methods": [
            {"name":"addAffiliateTier","params":[{"name":"data","type":"data","required":true,"model":"AffiliateTier"}],"returns":"number","edition":"2015"},
            {"name":"addHostname","params":[{"name":"data","type":"data","required":true,"model":"Hostname"}],"returns":"number","edition":"2015"},
            {"name":"addOfferCategory","params":[{"name":"data","type":"data","required":true,"model":"OfferCategory"}],"returns":"number","edition":"2015"},
            {"name":"addOfferGroup","params":[{"name":"data","type":"data","required":true,"model":"OfferGroup"}],"returns":"number","edition":"2015"},
            {"name":"changeAdvertiserApiKey","params":[{"name":"id","type":"integer","required":true}],"returns":"string","edition":"2015"},
            {"name":"changeAffiliateApiKey","params":[{"name":"id","type":"integer","required":true}],"returns":"string","edition":"2015"},
            {"name":"changeNetworkApiKey","returns":"string","edition":"2015"},
            {
              "name": "createAdvertiserApiKey",
              "params": [{"name":"data","type":"data","required":true,"model":"AdvertiserApiKey"}],
              "returns": "number",
              "edition": "2015"
            },
            {"name":"createAffiliateApiKey","params":[{"name":"data","type":"data","required":true,"model":"AffiliateApiKey"}],"returns":"number","edition":"2015"},
            {"name":"createNetworkApiKey","params":[{"name":"api_key","type":"string"}],"edition":"2013"},
            {"name":"decryptUnsubHash","params":[{"name":"hash","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAdvertiserApiKey","params":[{"name":"api_key","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAdvertiserApiKeyByAdvertiserId","params":[{"name":"advertiser_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAffiliateApiKey","params":[{"name":"api_key","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAffiliateApiKeyByAffiliateId","params":[{"name":"affiliate_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "findAllAdvertiserApiKeys",
              "params": [
                {"name":"filters","type":"filters","model":"AdvertiserApiKey"},
                {"name":"fields","type":"fields","model":"AdvertiserApiKey"},
                {"name":"contain","type":"contain","model":"AdvertiserApiKey"}
              ],
              "result": "models",
              "model": "AdvertiserApiKey",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllAffiliateApiKeys",
              "params": [
                {"name":"filters","type":"filters","model":"AffiliateApiKey"},
                {"name":"fields","type":"fields","model":"AffiliateApiKey"},
                {"name":"contain","type":"contain","model":"AffiliateApiKey"}
              ],
              "result": "models",
              "model": "AffiliateApiKey",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllAffiliateTierAffiliateIds","params":[{"name":"id","type":"integer"}],"safe":true,"edition":"2015"},
            {
              "name": "findAllAffiliateTiers",
              "params": [{"name":"filters","type":"filters","model":"AffiliateTier"},{"name":"fields","type":"fields","model":"AffiliateTier"}],
              "result": "models",
              "model": "AffiliateTier",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllBrowsers","safe":true,"edition":"2015"},
            {"name":"findAllCountries","safe":true,"edition":"2015"},
            {
              "name": "findAllHostnames",
              "params": [{"name":"filters","type":"filters","model":"Hostname"},{"name":"fields","type":"fields","model":"Hostname"}],
              "result": "models",
              "model": "Hostname",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllOfferCategories","kind":"find","model":"OfferCategory","safe":true,"edition":"2015"},
            {
              "name": "findAllOfferCategoryOfferIds",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "ids",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllOfferGroupOfferIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "findAllOfferGroups",
              "params": [{"name":"filters","type":"filters","model":"OfferGroup"},{"name":"fields","type":"fields","model":"OfferGroup"}],
              "result": "models",
              "model": "OfferGroup",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllPermissions","safe":true,"edition":"2015"},
            {"name":"findAllRegions","safe":true,"edition":"2015"},
            {"name":"findAllTimezones","safe":true,"edition":"2015"},
            {"name":"findBrowserById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findCities","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findCountryByCode","params":[{"name":"code","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findFailedAuthUserInfo","params":[{"name":"email","type":"string","required":true}],"safe":true,"edition":"2013"},
            {"name":"findPermissionById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findPermissionByName","params":[{"name":"name","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findPermissionsByGroup","params":[{"name":"group","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findTimezoneById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "findUserAuthIps",
              "params": [
                {"name":"filters","type":"filters","model":"UserIp"},
                {"name":"sort","type":"sort","model":"UserIp"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"UserIp"}
              ],
              "result": "models",
              "model": "UserIp",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateAllUnsubLinks",
              "params": [
                {
                  "name": "users",
                  "type": "structs",
                  "required": true,
                  "fields": [
                    {"name":"preference","type":"string","required":true,"values":["disable_mail_room_email","disable_hasoffers_news_email"]},
                    {"name":"type","type":"string","required":true,"values":["aff","adv","emp"]},
                    {"name":"user_id","type":"integer","required":true}
                  ]
                }
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "generateUnsubLink",
              "params": [
                {
                  "name": "preference",
                  "type": "string",
                  "required": true,
                  "values": [
                    "disable_company_news_email",
                    "disable_offer_updates_email",
                    "disable_mail_room_email",
                    "disable_hasoffers_education_email",
                    "disable_hasoffers_updates_email",
                    "disable_hasoffers_news_email"
                  ]
                },
                {"name":"type","type":"string","required":true,"values":["aff","adv","emp"]},
                {"name":"user_id","type":"integer","required":true},
                {"name":"ttl","type":"string"}
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getAccountInformation","safe":true,"edition":"2015"},
            {"name":"getActiveOfferCategoryCount","returns":"number","safe":true,"edition":"2015"},
            {"name":"getBrand","safe":true,"edition":"2015"},
            {"name":"getBrandByHostname","params":[{"name":"hostname","type":"string","required":true}],"safe":true,"edition":"2013"},
            {"name":"getBrandInformation","safe":true,"edition":"2015"},
            {"name":"getCountryRegions","params":[{"name":"code","type":"string","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getHasoffersEmailList",
              "params": [{"name":"employee_id","type":"integer"},{"name":"preference","type":"string"},{"name":"value","type":"integer"}],
              "safe": true,
              "edition": "2013"
            },
            {"name":"getNetworkApiKey","returns":"string","safe":true,"edition":"2013"},
            {"name":"getPoFile","params":[{"name":"language","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"getTimezone","safe":true,"edition":"2015"},
            {"name":"importAdvertisers","params":[{"name":"employee_id","type":"integer"}],"returns":"void","edition":"2015"},
            {"name":"importAffiliates","params":[{"name":"employee_id","type":"integer"}],"returns":"void","edition":"2013"},
            {"name":"importOffers","params":[{"name":"employee_id","type":"integer"}],"returns":"void","edition":"2015"},
            {"name":"resetPassword","params":[{"name":"email","type":"string","required":true}],"edition":"2015"},
            {"name":"saveFailedUserAuthIp","params":[{"name":"data","type":"data","required":true,"model":"UserIp"}],"returns":"boolean","edition":"2013"},
            {"name":"saveValidUserAuthIp","params":[{"name":"data","type":"data","required":true,"model":"UserIp"}],"returns":"boolean","edition":"2013"},
            {
              "name": "updateAccountInformation",
              "params": [{"name":"data","type":"data","required":true,"model":"BrandInformation"},{"name":"return_object","type":"boolean"}],
              "result": "model",
              "returns": "boolean",
              "model": "BrandInformation",
              "edition": "2015"
            },
            {
              "name": "updateAdvertiserApiKey",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AdvertiserApiKey"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateAffiliateApiKey",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AffiliateApiKey"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateAffiliateTier",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"AffiliateTier"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"updateBrandEmail","params":[{"name":"email","type":"string","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"updateBrandHostname","params":[{"name":"hostname","type":"string","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"updateBrandInformation","params":[{"name":"data","type":"object","required":true,"of":"string"}],"returns":"boolean","edition":"2013"},
            {"name":"updateBrandJumpHostname","params":[{"name":"jump_hostname","type":"string","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "updateBrandJumpHostnameHasSsl",
              "params": [{"name":"jump_hostname_has_ssl","type":"boolean","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"updateBrandNetworkName","params":[{"name":"network_name","type":"string","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "updateHasoffersEmailListPreference",
              "params": [
                {"name":"employee_id","type":"integer","required":true},
                {"name":"preference","type":"string","required":true},
                {"name":"value","type":"string","required":true}
              ],
              "returns": "boolean",
              "edition": "2013"
            },
            {
              "name": "updateHostname",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"Hostname"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"updateNetworkApiKey","params":[{"name":"api_key","type":"string","required":true}],"returns":"string","edition":"2013"},
            {
              "name": "updateOfferCategory",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"object","required":true}],
              "returns": "boolean",
              "instance": "id",
              "instanceOf": "OfferCategory",
              "instanceName": "update",
              "edition": "2015"
            },
            {
              "name": "updateOfferGroup",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"OfferGroup"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"uploadPoFile","params":[{"name":"language","type":"string","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"validAdvertiserApiKey","params":[{"name":"api_key","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {"name":"validAffiliateApiKey","params":[{"name":"api_key","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {"name":"validNetworkApiKey","params":[{"name":"api_key","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2013"},
            {"name":"whitelistNetworkApiIp","params":[{"name":"ip_address","type":"string","required":true}],"returns":"boolean","edition":"2015"}
          ]
        },
        {
          "target": "Auditor",
          "manager": "auditor",
          "model": "DataAudit",
          "source": "schema/network/auditor.yaml",
          "methods": [
            {
              "name": "findBrandDataAudits",
              "params": [
                {"name":"filters","type":"filters","model":"DataAudit"},
                {"name":"fields","type":"fields","model":"DataAudit"},
                {"name":"sort","type":"sort","model":"DataAudit"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"}
              ],
              "result": "models",
              "model": "DataAudit",
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Authentication",
          "manager": "authentication",
          "source": "schema/network/authentication.yaml",
          "methods": [
            {
              "name": "findUserByCredentials",
              "params": [
                {"name":"email","type":"string","required":true},
                {"name":"password","type":"string","required":true},
                {"name":"type","type":"string","values":["employee","affiliate_user","advertiser_user"]},
                {"name":"set_token","type":"boolean"}
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"findUserByToken","params":[{"name":"token","type":"string","required":true}],"safe":true,"edition":"2015"}
          ]
        },
        {
          "target": "CashflowGroup",
          "manager": "cashflowGroups",
          "model": "CashflowGroup",
          "source": "schema/network/cashflow-group.yaml",
          "methods": [
            {
              "name": "createCashflowGroup",
              "params": [
                {"name":"name","type":"string","required":true},
                {"name":"description","type":"string"},
                {"name":"affiliate_ids_json","type":"string","required":true},
                {"name":"rules_json","type":"string","required":true}
              ],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "findCashflowGroupById",
              "params": [{"name":"cashflow_group_id","type":"integer","required":true}],
              "result": "model",
              "model": "CashflowGroup",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findCashflowGroupUsage","params":[{"name":"cashflow_group_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "findCashflowGroups",
              "params": [
                {"name":"filters","type":"filters","model":"CashflowGroup"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"sort","type":"sort","model":"CashflowGroup"},
                {"name":"attach_rules","type":"boolean"},
                {"name":"attach_affiliate_ids","type":"boolean"}
              ],
              "result": "models",
              "model": "CashflowGroup",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getCashflowRuleFieldDefinitions","safe":true,"edition":"2015"},
            {"name":"getGoalPayoutGroupsForGoal","params":[{"name":"goal_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getGoalRevenueGroupsForGoal","params":[{"name":"goal_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getOfferPayoutGroupsForOffer","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getOfferRevenueGroupsForOffer","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "replaceGoalPayoutGroupsForGoal",
              "params": [{"name":"goal_id","type":"integer","required":true},{"name":"goal_payout_groups_json","type":"string","required":true}],
              "returns": "void",
              "edition": "2015"
            },
            {
              "name": "replaceGoalRevenueGroupsForGoal",
              "params": [{"name":"goal_id","type":"integer","required":true},{"name":"goal_revenue_groups_json","type":"string","required":true}],
              "returns": "void",
              "edition": "2015"
            },
            {
              "name": "replaceOfferPayoutGroupsForOffer",
              "params": [{"name":"offer_id","type":"integer","required":true},{"name":"offer_payout_groups_json","type":"string","required":true}],
              "returns": "void",
              "edition": "2015"
            },
            {
              "name": "replaceOfferRevenueGroupsForOffer",
              "params": [{"name":"offer_id","type":"integer","required":true},{"name":"offer_revenue_groups_json","type":"string","required":true}],
              "returns": "void",
              "edition": "2015"
            },
            {
              "name": "updateCashflowGroup",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"name","type":"string"},
                {"name":"description","type":"string"},
                {"name":"affiliate_ids_json","type":"string","required":true},
                {"name":"rules_json","type":"string","required":true}
              ],
              "returns": "void",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "ConversionMeta",
          "manager": "conversionMetas",
          "model": "ConversionMeta",
          "source": "schema/network/conversion-meta.yaml",
          "methods": [
            {"name":"create","kind":"create","returns":"boolean","model":"ConversionMeta","data":"ConversionMeta","edition":"2015"},
            {
              "name": "findById",
              "params": [{"name":"conversion_id","type":"integer","required":true},{"name":"fields","type":"fields","model":"Conversion"}],
              "result": "model",
              "model": "Conversion",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "update",
              "params": [{"name":"data","type":"data","required":true,"model":"ConversionMeta"},{"name":"return_object","type":"boolean"}],
              "result": "model",
              "returns": "boolean",
              "model": "ConversionMeta",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Conversion",
          "manager": "conversions",
          "model": "Conversion",
          "source": "schema/network/conversion.yaml",
          "methods": [
            {"name":"create","kind":"create","edition":"2015"},
            {
              "name": "findAddedConversions",
              "params": [
                {"name":"start_date","type":"string","required":true},
                {"name":"end_date","type":"string","required":true},
                {"name":"sort","type":"sort","model":"Conversion"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"Conversion"}
              ],
              "result": "models",
              "model": "Conversion",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"Conversion"},
                {"name":"contain","type":"contain","model":"Conversion"}
              ],
              "result": "models",
              "model": "Conversion",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {
              "name": "findUpdatedConversions",
              "params": [
                {"name":"start_date","type":"string","required":true},
                {"name":"end_date","type":"string","required":true},
                {"name":"sort","type":"sort","model":"Conversion"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"Conversion"}
              ],
              "result": "models",
              "model": "Conversion",
              "safe": true,
              "edition": "2015"
            },
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Conversion"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateMeta",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"ConversionMeta"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateStatus",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","required":true,"values":["approved","pending","rejected"]}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"upload","edition":"2013"}
          ]
        },
        {"target":"Country","manager":"countries","model":"Country","source":"schema/network/country.yaml","methods":[]},
        {
          "target": "CustomMenuLink",
          "manager": "customMenuLinks",
          "model": "CustomMenuLink",
          "source": "schema/network/custom-menu-link.yaml",
          "methods": [
            {"name":"create","loose":true,"edition":"supplement"},
            {
              "name": "find",
              "params": [
                {"name":"fields","type":"fields","model":"CustomMenuLink"},
                {"name":"filters","type":"filters","model":"CustomMenuLink"},
                {"name":"sorts","type":"sort","model":"CustomMenuLink"}
              ],
              "result": "models",
              "model": "CustomMenuLink",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findActive",
              "params": [
                {"name":"fields","type":"fields","model":"CustomMenuLink"},
                {"name":"filters","type":"filters","model":"CustomMenuLink"},
                {"name":"sorts","type":"sort","model":"CustomMenuLink"}
              ],
              "result": "models",
              "model": "CustomMenuLink",
              "safe": true,
              "edition": "2015"
            },
            {"name":"update","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "CustomPage",
          "manager": "customPages",
          "model": "CustomPage",
          "source": "schema/network/custom-page.yaml",
          "methods": [
            {"name":"create","loose":true,"edition":"supplement"},
            {
              "name": "find",
              "params": [
                {"name":"fields","type":"fields","model":"CustomPage"},
                {"name":"filters","type":"filters","model":"CustomPage"},
                {"name":"sorts","type":"sort","model":"CustomPage"},
                {"name":"contain","type":"array","of":"mixed"}
              ],
              "result": "models",
              "model": "CustomPage",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","model":"CustomPage","safe":true,"edition":"2015"},
            {"name":"update","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "CustomerList",
          "manager": "customerLists",
          "model": "CustomerList",
          "source": "schema/network/customer-list.yaml",
          "methods": [
            {
              "name": "addCustomerAttribute",
              "params": [{"name":"customer_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"CustomerAttribute"}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "addListAttribute",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"CustomerListAttribute"}],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "createList",
              "params": [{"name":"data","type":"array","required":true,"of":"mixed"},{"name":"return_object","type":"boolean"}],
              "result": "modelOrId",
              "model": "CustomerList",
              "edition": "2015"
            },
            {
              "name": "findAllCustomers",
              "params": [
                {"name":"filters","type":"filters","model":"Customer"},
                {"name":"sort","type":"sort","model":"Customer"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"Customer"},
                {"name":"contain","type":"contain","model":"Customer"}
              ],
              "result": "models",
              "model": "Customer",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllLists",
              "params": [
                {"name":"filters","type":"filters","model":"CustomerList"},
                {"name":"sort","type":"sort","model":"CustomerList"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"CustomerList"},
                {"name":"contain","type":"contain","model":"CustomerList"}
              ],
              "result": "models",
              "model": "CustomerList",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllListsByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"CustomerList"},
                {"name":"contain","type":"contain","model":"CustomerList"}
              ],
              "result": "models",
              "model": "CustomerList",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllSubscriptions",
              "params": [
                {"name":"filters","type":"filters","model":"Subscription"},
                {"name":"sort","type":"sort","model":"Subscription"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"Subscription"},
                {"name":"contain","type":"contain","model":"Subscription"}
              ],
              "result": "models",
              "model": "Subscription",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findCustomerById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"Customer"},
                {"name":"contain","type":"contain","model":"Customer"}
              ],
              "result": "model",
              "model": "Customer",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findListById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"CustomerList"},
                {"name":"contain","type":"contain","model":"CustomerList"}
              ],
              "result": "model",
              "model": "CustomerList",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findSubscriptionById",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"Subscription"},
                {"name":"contain","type":"contain","model":"Subscription"}
              ],
              "result": "model",
              "model": "Subscription",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getListAttributes","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"removeCustomerAttribute","params":[{"name":"attribute_id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"removeListAttribute","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {
              "name": "updateCustomer",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"Customer"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "Customer",
              "edition": "2015"
            },
            {
              "name": "updateCustomerAttribute",
              "params": [{"name":"attribute_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"CustomerAttribute"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateList",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"CustomerList"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "CustomerList",
              "edition": "2015"
            },
            {
              "name": "updateListAttribute",
              "params": [{"name":"attribute_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"CustomerListAttribute"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateListField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"CustomerList"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateSubscription",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"Subscription"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "Subscription",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "DneList",
          "manager": "dneLists",
          "model": "DneList",
          "source": "schema/network/dne-list.yaml",
          "methods": [
            {
              "name": "addEmail",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"DneEmail"}],
              "returns": "number",
              "edition": "2015"
            },
            {"name":"create","kind":"create","result":"modelOrId","model":"DneList","data":"DneList","edition":"2015"},
            {"name":"findAll","kind":"find","model":"DneList","safe":true,"edition":"2015"},
            {"name":"findAllByIds","params":[{"name":"ids","type":"array","required":true,"of":"integer"}],"safe":true,"edition":"2015"},
            {"name":"findById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findByOfferId","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getEmailListCsv","params":[{"name":"id","type":"integer","required":true}],"returns":"string","safe":true,"edition":"2015"},
            {
              "name": "moveDneList",
              "params": [{"name":"old_dne_list_id","type":"integer","required":true},{"name":"new_dne_list_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"update","kind":"update","returns":"boolean","model":"DneList","data":"DneList","edition":"2015"},
            {"name":"upload","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"}
          ]
        },
        {
          "target": "DownloadReport",
          "manager": "downloadReport",
          "source": "schema/network/download-report.yaml",
          "methods": [
            {
              "name": "getDownloadReportLink",
              "params": [
                {
                  "name": "method",
                  "type": "string",
                  "required": true,
                  "values": ["getStats","getConversions","getAffiliateCommissions","getReferrals","getModSummaryLogs","getSubscriptions"]
                },
                {"name":"arguments","type":"object","required":true},
                {"name":"start_date","type":"string","required":true},
                {"name":"end_date","type":"string","required":true},
                {"name":"user_type","type":"string"}
              ],
              "returns": "string",
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Employee",
          "manager": "employees",
          "model": "Employee",
          "source": "schema/network/employee.yaml",
          "methods": [
            {
              "name": "checkPassword",
              "params": [{"name":"id","type":"integer","required":true},{"name":"password","type":"string","required":true}],
              "returns": "boolean",
              "safe": true,
              "edition": "2015"
            },
            {"name":"create","kind":"create","result":"modelOrId","model":"Employee","data":"Employee","edition":"2015"},
            {"name":"findAll","kind":"find","model":"Employee","safe":true,"edition":"2015"},
            {"name":"findAllAdvertiserManagers","safe":true,"edition":"2015"},
            {"name":"findAllAffiliateManagers","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [{"name":"ids","type":"array","required":true,"of":"integer"},{"name":"fields","type":"fields","model":"Employee"}],
              "result": "models",
              "model": "Employee",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllByPermission",
              "params": [
                {
                  "name": "name",
                  "type": "string",
                  "required": true,
                  "values": [
                    "Brand.advertiser_management",
                    "Brand.affiliate_management",
                    "Brand.billing",
                    "Brand.brand_management",
                    "Brand.dne_management",
                    "Brand.employee_management",
                    "Brand.file_management",
                    "Brand.global_management",
                    "Brand.lead_management",
                    "Brand.offer_management",
                    "Brand.stats",
                    "Brand.virtual_user"
                  ]
                }
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllIds","safe":true,"edition":"2015"},
            {"name":"findAllIdsByPermission","params":[{"name":"name","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findBrandOwnerInformation","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","model":"Employee","safe":true,"edition":"2015"},
            {"name":"getCommission","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getHOMessage","params":[{"name":"employee_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "grantAccess",
              "params": [
                {"name":"id","type":"integer","required":true},
                {
                  "name": "permission",
                  "type": "string",
                  "required": true,
                  "values": [
                    "Brand.advertiser_management",
                    "Brand.affiliate_management",
                    "Brand.billing",
                    "Brand.brand_management",
                    "Brand.dne_management",
                    "Brand.employee_management",
                    "Brand.file_management",
                    "Brand.global_management",
                    "Brand.lead_management",
                    "Brand.offer_management",
                    "Brand.stats",
                    "Brand.virtual_user"
                  ]
                }
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeAccess",
              "params": [
                {"name":"id","type":"integer","required":true},
                {
                  "name": "permission",
                  "type": "string",
                  "required": true,
                  "values": [
                    "Brand.advertiser_management",
                    "Brand.affiliate_management",
                    "Brand.billing",
                    "Brand.brand_management",
                    "Brand.dne_management",
                    "Brand.employee_management",
                    "Brand.file_management",
                    "Brand.global_management",
                    "Brand.lead_management",
                    "Brand.offer_management",
                    "Brand.stats",
                    "Brand.virtual_user"
                  ]
                }
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"removeCustomCommission","params":[{"name":"id","type":"integer","required":true}],"edition":"2015"},
            {
              "name": "resetPassword",
              "params": [{"name":"id","type":"integer","required":true},{"name":"length","type":"integer"}],
              "returns": "string",
              "edition": "2015"
            },
            {
              "name": "setCustomCommission",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"EmployeeCommission"}],
              "edition": "2015"
            },
            {"name":"uniqueEmail","params":[{"name":"email","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {"name":"update","kind":"update","returns":"boolean","model":"Employee","data":"Employee","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Employee"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Environment",
          "manager": "environment",
          "model": "Environment",
          "source": "schema/network/environment.yaml",
          "methods": [
            {"name":"findAll","safe":true,"edition":"2015"},
            {"name":"findByName","params":[{"name":"name","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"getValue","params":[{"name":"name","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"isEnabled","params":[{"name":"name","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {
              "name": "setValue",
              "params": [{"name":"name","type":"string","required":true},{"name":"value","type":"string","required":true}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Goal",
          "manager": "goals",
          "model": "Goal",
          "source": "schema/network/goal.yaml",
          "methods": [
            {"name":"create","kind":"create","edition":"2015"},
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"Goal"},
                {"name":"contain","type":"contain","model":"Goal"}
              ],
              "result": "models",
              "model": "Goal",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {
              "name": "generateTracking",
              "params": [
                {"name":"goal_id","type":"integer","required":true},
                {
                  "name": "params",
                  "type": "struct",
                  "fields": [
                    {"name":"adv_sub","type":"string"},
                    {"name":"affiliate_id","type":"string"},
                    {"name":"amount","type":"string"},
                    {"name":"click_redirect","type":"string"},
                    {"name":"device_id","type":"string"},
                    {"name":"mobile_ip","type":"string"},
                    {"name":"provided_id","type":"string"},
                    {"name":"test","type":"string"},
                    {"name":"transaction_id","type":"string"}
                  ]
                },
                {"name":"options","type":"struct","fields":[{"name":"tiny_url","type":"boolean"}]}
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getPayouts","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getRevenues","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getTierPayouts","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getTierRevenues","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Goal"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        },
        {
          "target": "InsertionOrderOffer",
          "manager": "insertionOrderOffers",
          "source": "schema/network/insertion-order-offer.yaml",
          "methods": [
            {"name":"create","loose":true,"edition":"supplement"},
            {"name":"delete","loose":true,"edition":"supplement"},
            {"name":"findAll","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findById","loose":true,"safe":true,"edition":"supplement"},
            {"name":"update","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "InsertionOrder",
          "manager": "insertionOrders",
          "source": "schema/network/insertion-order.yaml",
          "methods": [
            {"name":"create","loose":true,"edition":"supplement"},
            {"name":"findAll","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findById","loose":true,"safe":true,"edition":"supplement"},
            {"name":"update","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "Mailer",
          "manager": "mailer",
          "source": "schema/network/mailer.yaml",
          "methods": [{"name":"getFailedEmails","safe":true,"edition":"2013"},{"name":"processFailedEmails","returns":"void","edition":"2013"}]
        },
        {
          "target": "NotificationCenter",
          "manager": "notificationCenter",
          "source": "schema/network/notification-center.yaml",
          "methods": [
            {"name":"createEventSubscription","loose":true,"edition":"supplement"},
            {"name":"deleteEventSubscription","loose":true,"edition":"supplement"},
            {"name":"deregisterWebhookEndpoint","loose":true,"edition":"supplement"},
            {"name":"findAllDeliveryMetrics","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllEventSubscriptions","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllWebhookEndpoints","loose":true,"safe":true,"edition":"supplement"},
            {"name":"getAffiliateUserEventOptOuts","loose":true,"safe":true,"edition":"supplement"},
            {"name":"getEmployeeEventOptOuts","loose":true,"safe":true,"edition":"supplement"},
            {"name":"registerWebhookEndpoint","loose":true,"edition":"supplement"},
            {"name":"sendTestWebhookEvent","loose":true,"edition":"supplement"},
            {"name":"updateWebhookEndpoint","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "Notification",
          "manager": "notification",
          "source": "schema/network/notification.yaml",
          "methods": [
            {"name":"clearUserSubscriptions","params":[{"name":"user_id","type":"integer","required":true}],"returns":"void","edition":"2015"},
            {
              "name": "getUserSubscriptions",
              "params": [{"name":"user_id","type":"integer","required":true},{"name":"filters","type":"array","of":"mixed"}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "replaceUserSubscriptions",
              "params": [{"name":"user_id","type":"integer","required":true},{"name":"scenario_ids","type":"array","required":true,"of":"mixed"}],
              "returns": "void",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "OfferDisabledLink",
          "manager": "offerDisabledLinks",
          "model": "OfferDisabledLink",
          "source": "schema/network/offer-disabled-link.yaml",
          "methods": [
            {"name":"delete","kind":"call","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","model":"OfferDisabledLink","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"mixed"},
                {"name":"fields","type":"fields","model":"OfferDisabledLink"},
                {"name":"contain","type":"contain","model":"OfferDisabledLink"}
              ],
              "result": "models",
              "model": "OfferDisabledLink",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","model":"OfferDisabledLink","safe":true,"edition":"2015"},
            {"name":"save","params":[{"name":"data","type":"data","required":true,"model":"OfferDisabledLink"}],"returns":"boolean","edition":"2015"}
          ]
        },
        {
          "target": "OfferFile",
          "manager": "offerFiles",
          "model": "OfferFile",
          "source": "schema/network/offer-file.yaml",
          "methods": [
            {
              "name": "create",
              "kind": "call",
              "params": [{"name":"file","type":"file","required":true},{"name":"data","type":"fields","required":true}],
              "result": "model",
              "behaviour": "upload",
              "edition": "2015"
            },
            {"name":"delete","kind":"delete","instance":"id","edition":"2013"},
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {
              "name": "findAllAvailable",
              "params": [
                {"name":"filters","type":"filters","model":"OfferFile"},
                {"name":"sort","type":"sort","model":"OfferFile"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"OfferFile"},
                {"name":"contain","type":"contain","model":"OfferFile"}
              ],
              "result": "models",
              "model": "OfferFile",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"OfferFile"},
                {"name":"contain","type":"contain","model":"OfferFile"}
              ],
              "result": "models",
              "model": "OfferFile",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllByName","params":[{"name":"filename","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAllIds","kind":"find","result":"raw","returns":"ids","safe":true,"edition":"supplement"},
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {
              "name": "getCreativeCode",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"tracking_url","type":"string"},
                {"name":"impression_pixel","type":"string"},
                {"name":"etracking_url","type":"string"},
                {"name":"offer_id","type":"integer"},
                {"name":"affiliate_id","type":"integer"},
                {"name":"source","type":"string"},
                {"name":"aff_sub","type":"string"},
                {"name":"aff_sub2","type":"string"},
                {"name":"aff_sub3","type":"string"},
                {"name":"aff_sub4","type":"string"},
                {"name":"aff_sub5","type":"string"}
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"OfferFile"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {"name":"deleteRecord","method":"delete","kind":"call","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2013"}
          ]
        },
        {
          "target": "OfferPixel",
          "manager": "offerPixels",
          "model": "OfferPixel",
          "source": "schema/network/offer-pixel.yaml",
          "methods": [
            {"name":"create","kind":"create","returns":"boolean","model":"OfferPixel","data":"OfferPixel","edition":"2015"},
            {"name":"findAll","kind":"find","model":"OfferPixel","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"OfferPixel"},
                {"name":"contain","type":"contain","model":"OfferPixel"}
              ],
              "result": "models",
              "model": "OfferPixel",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","model":"OfferPixel","safe":true,"edition":"2015"},
            {"name":"getAllowedTypes","params":[{"name":"offer_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"update","kind":"update","returns":"boolean","model":"OfferPixel","data":"OfferPixel","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"OfferPixel"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            },
            {
              "name": "updateStatus",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","required":true},{"name":"returnObject","type":"boolean"}],
              "edition": "2013"
            }
          ]
        },
        {
          "target": "OfferTargeting",
          "manager": "offerTargetings",
          "model": "TargetRule",
          "source": "schema/network/offer-targeting.yaml",
          "methods": [
            {
              "name": "addTargetRuleToOffer",
              "params": [
                {"name":"rule_id","type":"integer","required":true},
                {"name":"offer_id","type":"integer","required":true},
                {"name":"action","type":"string","required":true}
              ],
              "result": "model",
              "model": "TargetRuleOffer",
              "edition": "2015"
            },
            {"name":"createTargetRule","params":[{"name":"json_data","type":"string","required":true}],"result":"model","model":"TargetRule","edition":"2015"},
            {"name":"deleteTargetRule","params":[{"name":"rule_id","type":"integer","required":true}],"returns":"void","edition":"2015"},
            {
              "name": "findTargetRules",
              "params": [
                {"name":"filters","type":"filters","model":"TargetRule"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"sort","type":"sort","model":"TargetRule"}
              ],
              "result": "models",
              "model": "TargetRule",
              "safe": true,
              "edition": "2015"
            },
            {"name":"getActiveOfferIdsUsingRule","params":[{"name":"rule_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getActiveUsesOfRule","params":[{"name":"rule_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getRuleTargetingForOffer",
              "params": [{"name":"offer_id","type":"integer","required":true}],
              "result": "models",
              "model": "TargetRuleOffer",
              "safe": true,
              "edition": "2015"
            },
            {"name":"removeTargetRuleFromOffer","params":[{"name":"rule_offer_id","type":"integer","required":true}],"returns":"void","edition":"2015"},
            {
              "name": "updateTargetRule",
              "params": [{"name":"rule_id","type":"integer","required":true},{"name":"json_data","type":"string","required":true}],
              "result": "model",
              "model": "TargetRule",
              "edition": "2015"
            },
            {
              "name": "updateTargetRuleOfferAction",
              "params": [{"name":"rule_offer_id","type":"integer","required":true},{"name":"action","type":"string","required":true}],
              "returns": "void",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "OfferUrl",
          "manager": "offerUrls",
          "model": "OfferUrl",
          "source": "schema/network/offer-url.yaml",
          "methods": [
            {"name":"create","kind":"create","result":"modelOrId","model":"OfferUrl","data":"OfferUrl","edition":"2015"},
            {"name":"findAll","kind":"find","model":"OfferUrl","safe":true,"edition":"2015"},
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"mixed"},
                {"name":"fields","type":"fields","model":"OfferUrl"},
                {"name":"contain","type":"contain","model":"OfferUrl"}
              ],
              "result": "models",
              "model": "OfferUrl",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","model":"OfferUrl","safe":true,"edition":"2015"},
            {"name":"update","kind":"update","returns":"boolean","model":"OfferUrl","data":"OfferUrl","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"OfferUrl"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        },
        {
          "target": "OfferWhitelist",
          "manager": "offerWhitelist",
          "model": "OfferWhitelist",
          "source": "schema/network/offer-whitelist.yaml",
          "methods": [
            {"name":"create","kind":"create","result":"modelOrId","model":"OfferWhitelist","data":"OfferWhitelist","edition":"2015"},
            {"name":"delete","params":[{"name":"id","type":"array","required":true,"of":"integer","orOne":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","model":"OfferWhitelist","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","model":"OfferWhitelist","safe":true,"edition":"2015"},
            {"name":"update","kind":"update","returns":"boolean","model":"OfferWhitelist","data":"OfferWhitelist","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"OfferWhitelist"},
                {"name":"value","type":"string","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Offer",
          "manager": "offers",
          "model": "Offer",
          "source": "schema/network/offer.yaml",
          "methods": [
            {"name":"addApprovalQuestion","params":[{"name":"data","type":"data","required":true,"model":"SignupQuestion"}],"returns":"number","edition":"2015"},
            {
              "name": "addCategory",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"category_id","type":"integer","required":true}],
              "returns": "boolean",
              "instance": "id",
              "edition": "2015"
            },
            {"name":"addGeoTargeting","loose":true,"edition":"supplement"},
            {
              "name": "addGroup",
              "params": [{"name":"id","type":"integer","required":true},{"name":"group_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "addTargetBrowser",
              "params": [{"name":"id","type":"integer","required":true},{"name":"browser_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "addTargetCountry",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"country_code","type":"string","required":true}],
              "returns": "boolean",
              "instance": "id",
              "edition": "2015"
            },
            {
              "name": "addTargetCountryRegion",
              "params": [{"name":"id","type":"integer","required":true},{"name":"country_code","type":"string","required":true},{"name":"region_code","type":"string"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "blockAffiliate",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "boolean",
              "instance": "id",
              "edition": "2015"
            },
            {"name":"create","kind":"create","edition":"2015"},
            {"name":"findAll","kind":"find","safe":true,"edition":"2015"},
            {"name":"findAllAffiliateApprovals","kind":"find","model":"AffiliateOffer","safe":true,"instance":"offer_id","edition":"supplement"},
            {
              "name": "findAllAffiliateSettings",
              "params": [
                {"name":"filters","type":"filters","model":"OfferPayout"},
                {"name":"sort","type":"sort","model":"OfferPayout"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"OfferPayout"}
              ],
              "result": "models",
              "model": "OfferPayout",
              "safe": true,
              "edition": "2013"
            },
            {
              "name": "findAllByIds",
              "params": [
                {"name":"ids","type":"array","required":true,"of":"integer"},
                {"name":"fields","type":"fields","model":"Offer"},
                {"name":"contain","type":"contain","model":"Offer"}
              ],
              "result": "models",
              "model": "Offer",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findAllFeaturedOfferIds","params":[{"name":"ids","type":"array","of":"integer"}],"safe":true,"edition":"2015"},
            {"name":"findAllIds","kind":"find","result":"raw","returns":"ids","safe":true,"edition":"2015"},
            {"name":"findAllIdsByAdvertiserId","params":[{"name":"advertiser_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAllIdsByAffiliateId","params":[{"name":"affiliate_id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"findAllOfferAffiliateBlocks","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllOptimizerExcludedOffers","loose":true,"safe":true,"edition":"supplement"},
            {
              "name": "findAllPendingAffiliateApprovals",
              "params": [
                {"name":"filters","type":"filters","model":"AffiliateOffer"},
                {"name":"sort","type":"sort","model":"AffiliateOffer"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"fields","type":"fields","model":"AffiliateOffer"}
              ],
              "result": "models",
              "model": "AffiliateOffer",
              "safe": true,
              "edition": "2015"
            },
            {"name":"findById","kind":"findById","safe":true,"edition":"2015"},
            {
              "name": "generateTrackingLink",
              "kind": "call",
              "params": [
                {"name":"offer_id","type":"integer","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"options","type":"trackingLinkOptions"}
              ],
              "returns": "trackingLink",
              "safe": true,
              "instance": "offer_id",
              "behaviour": "trackingLink",
              "edition": "2015"
            },
            {
              "name": "generateTrackingPixel",
              "params": [
                {"name":"offer_id","type":"integer","required":true},
                {
                  "name": "params",
                  "type": "struct",
                  "fields": [
                    {"name":"adv_sub","type":"string"},
                    {"name":"affiliate_id","type":"integer"},
                    {"name":"amount","type":"string"},
                    {"name":"device_id","type":"string"},
                    {"name":"mobile_ip","type":"string"},
                    {"name":"provided_id","type":"string"},
                    {"name":"test","type":"string"},
                    {"name":"transaction_id","type":"string"}
                  ]
                },
                {"name":"options","type":"struct","fields":[{"name":"tiny_url","type":"boolean"}]}
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliateApplicationNote",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "string",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliateApprovalStatus",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "string",
              "safe": true,
              "instance": "id",
              "edition": "2015"
            },
            {
              "name": "getAffiliateHostnames",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","deleted"]}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliatePayment",
              "params": [{"name":"offer_id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliatePayout",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliateRevenue",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliateTermsDate",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "string",
              "safe": true,
              "edition": "2013"
            },
            {"name":"getAllAffiliateAccessByOffer","loose":true,"safe":true,"edition":"supplement"},
            {
              "name": "getApprovalAnswers",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getApprovalQuestions",
              "params": [{"name":"id","type":"integer"},{"name":"status","type":"string","values":["active","paused","deleted"]}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getApprovedAffiliateIds",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "ids",
              "safe": true,
              "instance": "id",
              "edition": "2015"
            },
            {
              "name": "getBlockedAffiliateIds",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "ids",
              "safe": true,
              "instance": "id",
              "edition": "2015"
            },
            {
              "name": "getCategories",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "result": "models",
              "model": "OfferCategory",
              "safe": true,
              "instance": "id",
              "edition": "2015"
            },
            {"name":"getConversionCaps","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getCustomerList","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getGeoTargeting","loose":true,"safe":true,"edition":"supplement"},
            {"name":"getGroups","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getOfferFiles",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","pending","deleted"]}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getOfferFilesWithCreativeCode",
              "kind": "call",
              "params": [{"name":"offer_id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "result": "models",
              "model": "OfferFile",
              "safe": true,
              "instance": "offer_id",
              "edition": "2015"
            },
            {
              "name": "getOfferListByGroupId",
              "params": [{"name":"group_id","type":"integer","required":true},{"name":"limit","type":"integer"},{"name":"page","type":"integer"}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getOfferUrls",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","deleted"]}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getOverview",
              "params": [{"name":"offer_filters","type":"filters","model":"Offer"},{"name":"affiliate_filters","type":"filters","model":"Affiliate"}],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getPayoutAndRevenueFactorsForAffiliate","loose":true,"safe":true,"edition":"supplement"},
            {"name":"getPayouts","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getPixels",
              "params": [{"name":"id","type":"integer","required":true},{"name":"status","type":"string","values":["active","pending","deleted","rejected"]}],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getRevenues","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getTargetBrowsers","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getTargetCountries",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "result": "models",
              "model": "Country",
              "safe": true,
              "instance": "id",
              "edition": "2015"
            },
            {"name":"getThumbnail","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getTierPayouts","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {"name":"getTierRevenues","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "getUnapprovedAffiliateIds",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "ids",
              "safe": true,
              "instance": "id",
              "edition": "2015"
            },
            {"name":"getUnblockedAffiliateIds","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2013"},
            {"name":"removeAllGeoTargeting","loose":true,"edition":"supplement"},
            {
              "name": "removeCategory",
              "params": [{"name":"id","type":"integer","required":true},{"name":"category_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeConversionCap",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"removeGeoTargeting","loose":true,"edition":"supplement"},
            {
              "name": "removeGroup",
              "params": [{"name":"id","type":"integer","required":true},{"name":"group_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removePayout",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeRevenue",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeTargetBrowser",
              "params": [{"name":"id","type":"integer","required":true},{"name":"browser_id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeTargetCountry",
              "params": [{"name":"id","type":"integer","required":true},{"name":"country_code","type":"string"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeTargetCountryRegion",
              "params": [{"name":"id","type":"integer","required":true},{"name":"country_code","type":"string","required":true},{"name":"region_code","type":"string"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeTierPayout",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_tier_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "removeTierRevenue",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_tier_id","type":"integer","required":true},{"name":"goal_id","type":"integer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "saveApprovalQuestionAnswer",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"data","type":"data","required":true,"model":"SignupAnswer"}
              ],
              "returns": "number",
              "edition": "2015"
            },
            {
              "name": "setAffiliateHostname",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"hostname_id","type":"integer"}],
              "edition": "2015"
            },
            {
              "name": "setAffiliateTermsDate",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true},{"name":"date","type":"string"}],
              "edition": "2015"
            },
            {
              "name": "setCategories",
              "params": [{"name":"id","type":"integer","required":true},{"name":"category_ids","type":"array","required":true,"of":"mixed"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setConversionCap",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"OfferConversionCap"}],
              "edition": "2015"
            },
            {"name":"setGeoTargeting","loose":true,"edition":"supplement"},
            {
              "name": "setGroups",
              "params": [{"name":"id","type":"integer","required":true},{"name":"group_ids","type":"array","required":true,"of":"mixed"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setMultipleAffiliateApprovals",
              "params": [
                {
                  "name": "data",
                  "type": "structs",
                  "required": true,
                  "fields": [
                    {"name":"offer_id","type":"integer","required":true},
                    {"name":"affiliate_id","type":"string","required":true},
                    {"name":"approval_status","type":"string","required":true,"values":["approved","pending","rejected"]},
                    {"name":"note","type":"string"}
                  ]
                }
              ],
              "result": "model",
              "model": "AffiliateOffer",
              "edition": "2015"
            },
            {
              "name": "setPayout",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"payout","type":"decimal"},
                {"name":"percent_payout","type":"decimal"},
                {"name":"goal_id","type":"integer"}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setRevenue",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"revenue","type":"decimal"},
                {"name":"percent_revenue","type":"decimal"},
                {"name":"goal_id","type":"integer"}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setTargetBrowsers",
              "params": [{"name":"id","type":"integer","required":true},{"name":"browser_ids","type":"array","of":"integer"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setTargetCountries",
              "params": [{"name":"id","type":"integer","required":true},{"name":"country_codes","type":"array","of":"string"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setTierPayout",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"affiliate_tier_id","type":"integer","required":true},
                {"name":"payout","type":"decimal"},
                {"name":"percent_payout","type":"decimal"},
                {"name":"goal_id","type":"integer"}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setTierRevenue",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"affiliate_tier_id","type":"integer","required":true},
                {"name":"revenue","type":"decimal"},
                {"name":"percent_revenue","type":"decimal"},
                {"name":"goal_id","type":"integer"}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "simpleFind",
              "params": [
                {"name":"filters","type":"filters","model":"SimpleOffer"},
                {"name":"sort","type":"sort","model":"SimpleOffer"},
                {"name":"limit","type":"integer","required":true},
                {"name":"page","type":"integer","required":true},
                {"name":"fields","type":"fields","model":"SimpleOffer"}
              ],
              "result": "models",
              "model": "SimpleOffer",
              "safe": true,
              "edition": "2013"
            },
            {
              "name": "simpleSearch",
              "params": [
                {"name":"filters","type":"array","of":"string"},
                {"name":"fields","type":"array","of":"string"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"sort","type":"array","of":"string"}
              ],
              "safe": true,
              "edition": "2013"
            },
            {
              "name": "unblockAffiliate",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "boolean",
              "instance": "id",
              "edition": "2015"
            },
            {"name":"update","kind":"update","instance":"id","edition":"2015"},
            {
              "name": "updateApprovalQuestion",
              "params": [{"name":"question_id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SignupQuestion"}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateByRefId",
              "params": [
                {"name":"ref_id","type":"string","required":true},
                {"name":"data","type":"data","required":true,"model":"Offer"},
                {"name":"return_object","type":"boolean"}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "Offer",
              "edition": "2015"
            },
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"Offer"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "setAffiliateApprovalStatus",
              "method": "setAffiliateApproval",
              "kind": "call",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"affiliate_id","type":"integer","required":true},
                {"name":"status","type":"string","required":true}
              ],
              "result": "model",
              "returns": "boolean",
              "model": "AffiliateOffer",
              "instance": "id",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "OptimizerExclusion",
          "manager": "optimizerExclusions",
          "source": "schema/network/optimizer-exclusion.yaml",
          "methods": [
            {"name":"findAllAdvertiserExclusionTagRelations","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllAffiliateExclusionTagRelations","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findAllOfferExclusionTagRelations","loose":true,"safe":true,"edition":"supplement"}
          ]
        },
        {
          "target": "OptimizerNetworkPreference",
          "manager": "optimizerNetworkPreference",
          "source": "schema/network/optimizer-network-preference.yaml",
          "methods": [
            {"name":"clearPreferenceValue","loose":true,"edition":"supplement"},
            {"name":"disablePreference","loose":true,"edition":"supplement"},
            {"name":"enablePreference","loose":true,"edition":"supplement"},
            {"name":"findAll","loose":true,"safe":true,"edition":"supplement"},
            {"name":"getValue","loose":true,"safe":true,"edition":"supplement"},
            {"name":"isEnabled","loose":true,"safe":true,"edition":"supplement"},
            {"name":"setValue","loose":true,"edition":"supplement"}
          ]
        },
        {
          "target": "Optimizer",
          "manager": "optimizer",
          "source": "schema/network/optimizer.yaml",
          "methods": [{"name":"findAllEvents","loose":true,"safe":true,"edition":"supplement"}]
        },
        {
          "target": "Preference",
          "manager": "preference",
          "model": "Preference",
          "source": "schema/network/preference.yaml",
          "methods": [
            {"name":"delete","kind":"call","params":[{"name":"name","type":"string","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","safe":true,"edition":"2015"},
            {"name":"findByName","params":[{"name":"name","type":"string","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "findPreferenceByNameTypeAndAccountId",
              "params": [
                {"name":"name","type":"string","required":true},
                {"name":"type","type":"string","required":true},
                {"name":"account_id","type":"integer","required":true}
              ],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findPreferenceByNameTypeAndUserId",
              "params": [{"name":"name","type":"string","required":true},{"name":"type","type":"string","required":true},{"name":"user_id","type":"integer","required":true}],
              "returns": "string",
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findPreferencesByTypeAndAccountId",
              "params": [{"name":"type","type":"string","required":true},{"name":"account_id","type":"integer","required":true}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "findPreferencesByTypeAndUserId",
              "params": [{"name":"type","type":"string","required":true},{"name":"user_id","type":"integer","required":true}],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getValue","params":[{"name":"name","type":"string","required":true}],"returns":"string","safe":true,"edition":"2015"},
            {"name":"isEnabled","params":[{"name":"name","type":"string","required":true}],"returns":"boolean","safe":true,"edition":"2015"},
            {
              "name": "setAccountPreference",
              "params": [
                {"name":"name","type":"string","required":true},
                {"name":"value","type":"mixed","required":true},
                {"name":"type","type":"string","required":true},
                {"name":"account_id","type":"integer","required":true}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setUserPreference",
              "params": [
                {"name":"name","type":"string","required":true},
                {"name":"value","type":"mixed","required":true},
                {"name":"type","type":"string","required":true},
                {"name":"user_id","type":"integer","required":true}
              ],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "setValue",
              "params": [{"name":"name","type":"string","required":true},{"name":"value","type":"string","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {
              "name": "updateAllUserPreferences",
              "params": [{"name":"name","type":"string","required":true},{"name":"value","type":"mixed","required":true},{"name":"type","type":"string","required":true}],
              "returns": "boolean",
              "edition": "2015"
            },
            {"name":"userPreferenceUpdateTermsAndConditions","params":[{"name":"type","type":"string","required":true}],"returns":"boolean","edition":"2015"}
          ]
        },
        {
          "target": "RawLog",
          "manager": "rawLog",
          "source": "schema/network/raw-log.yaml",
          "methods": [
            {
              "name": "getDownloadLink",
              "params": [
                {"name":"log_type","type":"string","required":true,"values":["clicks","conversions","impressions"]},
                {"name":"log_filename","type":"string","required":true}
              ],
              "safe": true,
              "edition": "2015"
            },
            {"name":"getLogExpirations","safe":true,"edition":"2015"},
            {
              "name": "listDateDirs",
              "params": [{"name":"log_type","type":"string","required":true,"values":["clicks","conversions","impressions"]}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "listLogs",
              "params": [
                {"name":"log_type","type":"string","required":true,"values":["clicks","conversions","impressions"]},
                {"name":"date_dir","type":"string","required":true}
              ],
              "safe": true,
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Report",
          "manager": "reports",
          "model": "Report",
          "source": "schema/network/report.yaml",
          "methods": [
            {
              "name": "getActiveCurrencies",
              "params": [{"name":"advertiser_id","type":"integer"},{"name":"affiliate_id","type":"integer"}],
              "safe": true,
              "edition": "2015"
            },
            {
              "name": "getAffiliateCommissions",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"AffiliateCommissionReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": [
                    "Affiliate.company",
                    "AffiliateManager.full_name",
                    "ReferredAffiliate.company",
                    "Stat.affiliate_id",
                    "Stat.date",
                    "Stat.rate",
                    "Stat.rate_type",
                    "Stat.referral_id"
                  ]
                },
                {"name":"filters","type":"reportFilters","model":"AffiliateCommissionReport"},
                {"name":"sort","type":"sort","model":"AffiliateCommissionReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"}
              ],
              "result": "models",
              "model": "AffiliateCommissionReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            },
            {
              "name": "getConversions",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"ConversionReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": [
                    "Advertiser.company",
                    "AdvertiserManager.full_name",
                    "Affiliate.company",
                    "AffiliateManager.full_name",
                    "Browser.display_name",
                    "Country.name",
                    "Customer.provided_id",
                    "Goal.name",
                    "OfferCreativeUrl.name",
                    "Offer.name",
                    "OfferUrl.name",
                    "Stat.advertiser_id",
                    "Stat.advertiser_manager_id",
                    "Stat.affiliate_id",
                    "Stat.affiliate_info",
                    "Stat.affiliate_info1",
                    "Stat.affiliate_info2",
                    "Stat.affiliate_info3",
                    "Stat.affiliate_info4",
                    "Stat.affiliate_info5",
                    "Stat.affiliate_manager_id",
                    "Stat.browser_id",
                    "Stat.country_code",
                    "Stat.creative_url_id",
                    "Stat.currency",
                    "Stat.date",
                    "Stat.goal_id",
                    "Stat.hour",
                    "Stat.month",
                    "Stat.offer_id",
                    "Stat.offer_url_id",
                    "Stat.payout_type",
                    "Stat.revenue_type",
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
              "name": "getManagerCommissions",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"ManagerCommissionReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": ["AffiliateManager.full_name","Stat.affiliate_manager_id","Stat.commission_type","Stat.date"]
                },
                {"name":"filters","type":"reportFilters","model":"ManagerCommissionReport"},
                {"name":"sort","type":"sort","model":"ManagerCommissionReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"}
              ],
              "result": "models",
              "model": "ManagerCommissionReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            },
            {
              "name": "getModSummaryLogs",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"ServerLogsReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": [
                    "Affiliate.company",
                    "ModSummaryLog.action",
                    "ModSummaryLog.affiliate_id",
                    "ModSummaryLog.date",
                    "ModSummaryLog.message",
                    "ModSummaryLog.offer_id",
                    "ModSummaryLog.type",
                    "Offer.name"
                  ]
                },
                {"name":"filters","type":"reportFilters","model":"ServerLogsReport"},
                {"name":"sort","type":"sort","model":"ServerLogsReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"}
              ],
              "result": "models",
              "model": "ServerLogsReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            },
            {"name":"getOverview","params":[{"name":"filters","type":"array","of":"string"}],"safe":true,"edition":"2013"},
            {
              "name": "getReferrals",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"ReferralReport"},
                {
                  "name": "groups",
                  "type": "array",
                  "of": "string",
                  "values": [
                    "Advertiser.company",
                    "AdvertiserManager.full_name",
                    "Affiliate.company",
                    "AffiliateManager.full_name",
                    "Offer.name",
                    "Stat.advertiser_id",
                    "Stat.advertiser_manager_id",
                    "Stat.affiliate_id",
                    "Stat.affiliate_info1",
                    "Stat.affiliate_info2",
                    "Stat.affiliate_info3",
                    "Stat.affiliate_info4",
                    "Stat.affiliate_info5",
                    "Stat.affiliate_manager_id",
                    "Stat.date",
                    "Stat.offer_id",
                    "Stat.source",
                    "Stat.url"
                  ]
                },
                {"name":"filters","type":"reportFilters","model":"ReferralReport"},
                {"name":"sort","type":"sort","model":"ReferralReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"},
                {"name":"data_start","type":"string"},
                {"name":"data_end","type":"string"}
              ],
              "result": "models",
              "model": "ReferralReport",
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
                    "Advertiser.company",
                    "AdvertiserManager.full_name",
                    "Affiliate.company",
                    "AffiliateManager.full_name",
                    "Browser.display_name",
                    "Category.name",
                    "Country.name",
                    "Goal.name",
                    "OfferCreativeUrl.name",
                    "OfferFile.display",
                    "Offer.name",
                    "OfferUrl.name",
                    "Stat.ad_campaign_creative_id",
                    "Stat.ad_campaign_id",
                    "Stat.advertiser_id",
                    "Stat.advertiser_manager_id",
                    "Stat.affiliate_id",
                    "Stat.affiliate_info",
                    "Stat.affiliate_info1",
                    "Stat.affiliate_info2",
                    "Stat.affiliate_info3",
                    "Stat.affiliate_info4",
                    "Stat.affiliate_info5",
                    "Stat.affiliate_manager_id",
                    "Stat.browser_id",
                    "Stat.country_code",
                    "Stat.creative_url_id",
                    "Stat.currency",
                    "Stat.date",
                    "Stat.goal_id",
                    "Stat.hour",
                    "Stat.month",
                    "Stat.offer_file_id",
                    "Stat.offer_id",
                    "Stat.offer_url_id",
                    "Stat.payout_type",
                    "Stat.revenue_type",
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
                {"name":"hour_offset","type":"integer"}
              ],
              "result": "models",
              "model": "StatReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            },
            {
              "name": "getSubscriptions",
              "params": [
                {"name":"fields","type":"fields","required":true,"model":"SubscriptionReport"},
                {"name":"groups","type":"array","of":"string","values":["CustomerList.name","Stat.customer_list_id","Stat.id","Stat.subscription_id"]},
                {"name":"filters","type":"reportFilters","model":"SubscriptionReport"},
                {"name":"sort","type":"sort","model":"SubscriptionReport"},
                {"name":"limit","type":"integer"},
                {"name":"page","type":"integer"},
                {"name":"totals","type":"boolean"}
              ],
              "result": "models",
              "model": "SubscriptionReport",
              "safe": true,
              "behaviour": "report",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "RingRevenue",
          "manager": "ringRevenue",
          "model": "RingRevenue",
          "source": "schema/network/ring-revenue.yaml",
          "methods": [{"name":"findAll","kind":"find","model":"RingRevenue","safe":true,"edition":"2015"}]
        },
        {
          "target": "SavedReports",
          "manager": "savedReports",
          "model": "SavedReports",
          "source": "schema/network/saved-reports.yaml",
          "methods": [
            {"name":"create","params":[{"name":"data","type":"data","required":true,"model":"SavedReports"}],"returns":"number","edition":"2015"},
            {"name":"delete","kind":"call","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","model":"SavedReports","safe":true,"edition":"2013"},
            {"name":"findByHash","params":[{"name":"hash","type":"string","required":true}],"safe":true,"edition":"2015"},
            {"name":"findById","params":[{"name":"id","type":"integer","required":true}],"safe":true,"edition":"2015"},
            {
              "name": "update",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"SavedReports"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "ScheduledOfferChange",
          "manager": "scheduledOfferChanges",
          "model": "ScheduledOfferChange",
          "source": "schema/network/scheduled-offer-change.yaml",
          "methods": [
            {"name":"create","params":[{"name":"data","type":"data","required":true,"model":"ScheduledOfferChange"}],"returns":"number","edition":"2015"},
            {
              "name": "findScheduleById",
              "params": [{"name":"id","type":"integer","required":true},{"name":"fields","type":"fields","model":"ScheduledOfferChange"}],
              "result": "model",
              "model": "ScheduledOfferChange",
              "safe": true,
              "edition": "2015"
            },
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
            },
            {
              "name": "update",
              "params": [{"name":"id","type":"integer","required":true},{"name":"data","type":"data","required":true,"model":"ScheduledOfferChange"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "Search",
          "manager": "search",
          "source": "schema/network/search.yaml",
          "methods": [
            {"name":"findAll","params":[{"name":"query","type":"string"}],"safe":true,"edition":"2013"},
            {
              "name": "findSelect",
              "params": [
                {"name":"query","type":"string","required":true},
                {"name":"params","type":"array","required":true,"of":"mixed"},
                {"name":"return_fields","type":"array","of":"mixed"}
              ],
              "safe": true,
              "edition": "2013"
            }
          ]
        },
        {
          "target": "Tag",
          "manager": "tags",
          "model": "Tag",
          "source": "schema/network/tag.yaml",
          "methods": [
            {
              "name": "addToAdvertiser",
              "kind": "call",
              "params": [{"name":"tag_id","type":"integer","required":true},{"name":"advertiser_id","type":"integer","required":true}],
              "result": "model",
              "model": "TagRelation",
              "instance": "tag_id",
              "edition": "supplement"
            },
            {
              "name": "addToAffiliate",
              "kind": "call",
              "params": [{"name":"tag_id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "result": "model",
              "model": "TagRelation",
              "instance": "tag_id",
              "edition": "supplement"
            },
            {
              "name": "addToOffer",
              "kind": "call",
              "params": [{"name":"tag_id","type":"integer","required":true},{"name":"offer_id","type":"integer","required":true}],
              "result": "model",
              "model": "TagRelation",
              "instance": "tag_id",
              "edition": "supplement"
            },
            {"name":"create","kind":"create","edition":"supplement"},
            {"name":"delete","kind":"delete","instance":"id","edition":"supplement"},
            {"name":"findAll","kind":"find","safe":true,"edition":"supplement"},
            {"name":"findAllAdvertiserTagRelations","kind":"find","model":"TagRelation","safe":true,"edition":"supplement"},
            {"name":"findAllAffiliateTagRelations","kind":"find","model":"TagRelation","safe":true,"edition":"supplement"},
            {"name":"findAllOfferTagRelations","kind":"find","model":"TagRelation","safe":true,"edition":"supplement"},
            {"name":"findAllOptimizerTags","loose":true,"safe":true,"edition":"supplement"},
            {"name":"findById","kind":"findById","safe":true,"edition":"supplement"},
            {
              "name": "removeFromAdvertiser",
              "kind": "call",
              "params": [{"name":"tag_id","type":"integer","required":true},{"name":"advertiser_id","type":"integer","required":true}],
              "returns": "boolean",
              "model": "TagRelation",
              "instance": "tag_id",
              "edition": "supplement"
            },
            {
              "name": "removeFromAdvertiserByRelationalId",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "supplement"
            },
            {
              "name": "removeFromAffiliate",
              "kind": "call",
              "params": [{"name":"tag_id","type":"integer","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "returns": "boolean",
              "model": "TagRelation",
              "instance": "tag_id",
              "edition": "supplement"
            },
            {
              "name": "removeFromAffiliateByRelationalId",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "supplement"
            },
            {
              "name": "removeFromOffer",
              "kind": "call",
              "params": [{"name":"tag_id","type":"integer","required":true},{"name":"offer_id","type":"integer","required":true}],
              "returns": "boolean",
              "model": "TagRelation",
              "instance": "tag_id",
              "edition": "supplement"
            },
            {
              "name": "removeFromOfferByRelationalId",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "supplement"
            },
            {
              "name": "setForAdvertiser",
              "kind": "call",
              "params": [{"name":"tag_ids","type":"array","required":true},{"name":"advertiser_id","type":"integer","required":true}],
              "result": "models",
              "model": "TagRelation",
              "edition": "supplement"
            },
            {
              "name": "setForAffiliate",
              "kind": "call",
              "params": [{"name":"tag_ids","type":"array","required":true},{"name":"affiliate_id","type":"integer","required":true}],
              "result": "models",
              "model": "TagRelation",
              "edition": "supplement"
            },
            {
              "name": "setForOffer",
              "kind": "call",
              "params": [{"name":"tag_ids","type":"array","required":true},{"name":"offer_id","type":"integer","required":true}],
              "result": "models",
              "model": "TagRelation",
              "edition": "supplement"
            },
            {"name":"update","kind":"update","instance":"id","edition":"supplement"},
            {
              "name": "deleteRecord",
              "method": "delete",
              "kind": "call",
              "params": [{"name":"id","type":"integer","required":true}],
              "returns": "boolean",
              "edition": "supplement"
            }
          ]
        },
        {
          "target": "TinyUrl",
          "manager": "tinyUrls",
          "model": "TinyUrl",
          "source": "schema/network/tiny-url.yaml",
          "methods": [
            {"name":"findAll","kind":"find","model":"TinyUrl","safe":true,"edition":"2015"},
            {
              "name": "updateRedirect",
              "params": [{"name":"id","type":"integer","required":true},{"name":"redirect","type":"data","required":true,"model":"TinyUrl"}],
              "returns": "boolean",
              "edition": "2015"
            }
          ]
        },
        {
          "target": "VatRate",
          "manager": "vatRates",
          "model": "VatRate",
          "source": "schema/network/vat-rate.yaml",
          "methods": [
            {"name":"create","kind":"create","result":"modelOrId","model":"VatRate","data":"VatRate","edition":"2015"},
            {"name":"delete","kind":"call","params":[{"name":"id","type":"integer","required":true}],"returns":"boolean","edition":"2015"},
            {"name":"findAll","kind":"find","model":"VatRate","safe":true,"edition":"2015"},
            {"name":"findById","kind":"findById","model":"VatRate","safe":true,"edition":"2015"},
            {"name":"update","kind":"update","returns":"boolean","model":"VatRate","data":"VatRate","edition":"2015"},
            {
              "name": "updateField",
              "params": [
                {"name":"id","type":"integer","required":true},
                {"name":"field","type":"field","required":true,"model":"VatRate"},
                {"name":"value","type":"mixed","required":true},
                {"name":"return_object","type":"boolean"}
              ],
              "edition": "2015"
            }
          ]
        }
      ],
      "models": [
        {
          "name": "AccountNote",
          "fields": ["id","type","account_id","note","created"],
          "required": ["type","account_id","note"],
          "checks": {"type":["affiliate","advertiser"],"account_id":"integer"},
          "readOnly": ["id","created"]
        },
        {
          "name": "AccountPreference",
          "fields": ["id","account_id","name","value","type"],
          "checks": {"account_id":"integer","type":["affiliate","advertiser","employee"]},
          "readOnly": ["id","account_id","name","type"]
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
          "manager": "adManager",
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
          "name": "AdCampaign",
          "fields": ["account_id","affiliate_access","custom_weights","height","id","interface","modified","name","optimization","optimization_field","status","type","width"],
          "relations": [{"name":"AdCampaignCreative","property":"adCampaignCreative","model":"AdCampaignCreative"},{"name":"Stat","property":"stat","model":"StatReport"}],
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
          "readOnly": ["id","modified"]
        },
        {
          "name": "AdvertiserAccountBalance",
          "key": ["advertiser_id"],
          "fields": ["advertiser_id","balance"],
          "required": ["balance"],
          "checks": {"balance":"decimal"},
          "readOnly": ["advertiser_id","balance"]
        },
        {
          "name": "AdvertiserAffiliateBlock",
          "fields": ["id","advertiser_id","affiliate_id"],
          "required": ["advertiser_id","affiliate_id"],
          "checks": {"advertiser_id":"integer","affiliate_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "AdvertiserApiKey",
          "fields": ["advertiser_id","api_key","id","status"],
          "relations": [{"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false}],
          "required": ["advertiser_id","api_key"],
          "checks": {"advertiser_id":"integer","status":["active","paused","pending","deleted","rejected"]},
          "readOnly": ["api_key","id"]
        },
        {"name":"AdvertiserCurrencyBalance","key":[],"fields":[]},
        {
          "name": "AdvertiserInvoiceItem",
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
            "revenue_type",
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
            "revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm","amount"],
            "type": ["stats","adjustment","vat"],
            "vat_id": "integer",
            "vat_rate": "decimal"
          },
          "readOnly": ["conversions","datetime","id"]
        },
        {
          "name": "AdvertiserInvoice",
          "fields": ["advertiser_id","amount","conversions","currency","datetime","end_date","id","is_paid","is_sent","memo","notes","start_date","status"],
          "relations": [
            {"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false},
            {"name":"AdvertiserInvoiceItem","property":"advertiserInvoiceItem","model":"AdvertiserInvoiceItem"},
            {"name":"InvoiceItem","property":"invoiceItem","model":"AdvertiserInvoiceItem"}
          ],
          "manager": "advertiserBilling",
          "required": ["advertiser_id","end_date","start_date"],
          "checks": {"advertiser_id":"integer","amount":"decimal","conversions":"integer","status":["incomplete","active","deleted"]},
          "readOnly": ["amount","conversions","datetime","id"]
        },
        {
          "name": "AdvertiserMeta",
          "key": ["advertiser_id"],
          "fields": ["advertiser_id","default_vat_id","ssn_tax"],
          "checks": {"default_vat_id":"integer"},
          "readOnly": ["advertiser_id"]
        },
        {
          "name": "AdvertiserUser",
          "fields": [
            "access",
            "advertiser_id",
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
            "wants_alerts",
            "salt"
          ],
          "legacy": ["salt"],
          "relations": [{"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false}],
          "manager": "advertiserUsers",
          "required": ["advertiser_id","email","join_date","password"],
          "checks": {"advertiser_id":"integer","permissions":"integer","status":["active","blocked","deleted"]},
          "readOnly": ["access","id","join_date","last_login","modified","permissions","wants_alerts"]
        },
        {
          "name": "Advertiser",
          "display": "company",
          "fields": [
            "account_manager_id",
            "address1",
            "address2",
            "city",
            "company",
            "conversion_security_token",
            "country",
            "date_added",
            "fax",
            "id",
            "modified",
            "other",
            "phone",
            "ref_id",
            "region",
            "signup_ip",
            "status",
            "tmp_token",
            "wants_alerts",
            "website",
            "zipcode",
            "SHARED_Network_Map_id",
            "SHARED_Accounts_id",
            "AFFILIATE_NETWORK_Brands_id",
            "_NETWORK_affiliate_id",
            "_NETWORK_affiliate_status",
            "_NETWORK_brand_active",
            "expose_subs"
          ],
          "relations": [
            {"name":"AccountBalance","property":"accountBalance","model":"AdvertiserAccountBalance","many":false},
            {"name":"AccountManager","property":"accountManager","model":"Employee","many":false},
            {"name":"AdvertiserMeta","property":"advertiserMeta","model":"AdvertiserMeta","many":true},
            {"name":"AdvertiserUser","property":"advertiserUser","model":"AdvertiserUser","many":true},
            {"name":"CreatorUser","property":"creatorUser","model":"AdvertiserUser","many":false},
            {"name":"Currency","property":"currency","model":"AdvertiserCurrencyBalance","many":true},
            {"name":"Stat","property":"stat","model":"Stat","many":false}
          ],
          "manager": "advertisers",
          "checks": {
            "account_manager_id": "integer",
            "status": ["pending","active","blocked","deleted","rejected"],
            "SHARED_Network_Map_id": "integer",
            "SHARED_Accounts_id": "integer",
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "_NETWORK_affiliate_id": "integer"
          },
          "readOnly": ["date_added","id","modified","other","wants_alerts","website"]
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
          "name": "AffiliateApiKey",
          "fields": ["affiliate_id","api_key","id","status"],
          "relations": [{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false}],
          "required": ["affiliate_id","api_key"],
          "checks": {"affiliate_id":"integer","status":["active","paused","pending","deleted","rejected"]},
          "readOnly": ["api_key","id"]
        },
        {
          "name": "AffiliateCommissionReport",
          "key": [],
          "fields": [
            "Affiliate.company",
            "AffiliateManager.full_name",
            "ReferredAffiliate.company",
            "Stat.affiliate_id",
            "Stat.affiliate_manager_id",
            "Stat.amount",
            "Stat.date",
            "Stat.rate",
            "Stat.rate_type",
            "Stat.referral_id",
            "Stat.var_total"
          ],
          "numeric": ["Stat.affiliate_id","Stat.affiliate_manager_id","Stat.amount","Stat.rate","Stat.referral_id","Stat.var_total"],
          "dates": ["Stat.date"],
          "checks": {
            "Stat.affiliate_id": "integer",
            "Stat.affiliate_manager_id": "integer",
            "Stat.amount": "decimal",
            "Stat.rate": "decimal",
            "Stat.rate_type": ["flat","percentage"],
            "Stat.referral_id": "integer",
            "Stat.var_total": "decimal"
          },
          "readOnly": [
            "Affiliate.company",
            "AffiliateManager.full_name",
            "ReferredAffiliate.company",
            "Stat.affiliate_id",
            "Stat.affiliate_manager_id",
            "Stat.amount",
            "Stat.date",
            "Stat.rate",
            "Stat.rate_type",
            "Stat.referral_id",
            "Stat.var_total"
          ]
        },
        {"name":"AffiliateCurrencyBalance","key":[],"fields":[]},
        {
          "name": "AffiliateFraudAlert",
          "fields": ["affiliate_id","data","date_updated","id","is_active","is_enabled","notes","preference_name","value"],
          "relations": [{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false}],
          "required": ["affiliate_id","is_active","notes","preference_name"],
          "checks": {
            "affiliate_id": "integer",
            "preference_name": [
              "affiliate_fraud_profile_criteria_po_box",
              "affiliate_fraud_profile_criteria_no_address_number",
              "affiliate_fraud_profile_criteria_address_length",
              "affiliate_fraud_profile_criteria_region_zip_match",
              "affiliate_fraud_profile_criteria_email_domain",
              "affiliate_fraud_profile_criteria_free_email",
              "affiliate_fraud_profile_criteria_phone_country_match",
              "affiliate_fraud_profile_criteria_phone_800",
              "affiliate_fraud_profile_criteria_ip_country_match",
              "affiliate_fraud_profile_criteria_individuals_check",
              "affiliate_fraud_profile_criteria_duplicate_signup",
              "affiliate_fraud_profile_criteria_account_changes"
            ],
            "value": "decimal"
          },
          "readOnly": ["affiliate_id","data","date_updated","id","is_active","notes","preference_name","value"]
        },
        {
          "name": "AffiliateInvoiceItem",
          "fields": ["actions","amount","conversions","datetime","goal_id","id","invoice_id","memo","offer_id","payout_type","type","vat_code","vat_id","vat_name","vat_rate"],
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
          "readOnly": ["conversions","datetime","id"]
        },
        {
          "name": "AffiliateInvoice",
          "fields": [
            "advertiser_id",
            "affiliate_id",
            "actions",
            "amount",
            "conversions",
            "currency",
            "datetime",
            "end_date",
            "id",
            "is_paid",
            "memo",
            "notes",
            "receipt_id",
            "start_date",
            "status"
          ],
          "relations": [
            {"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false},
            {"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false},
            {"name":"InvoiceItem","property":"invoiceItem","model":"AffiliateInvoiceItem"},
            {"name":"PaymentMethod","property":"paymentMethod","model":"PaymentMethod"},
            {"name":"MethodPaypal","property":"methodPaypal","model":"Paypal"}
          ],
          "required": ["affiliate_id","currency","end_date","start_date"],
          "checks": {
            "advertiser_id": "integer",
            "affiliate_id": "integer",
            "actions": "integer",
            "amount": "decimal",
            "conversions": "integer",
            "receipt_id": "integer",
            "status": ["active","deleted"]
          },
          "readOnly": ["actions","amount","conversions","datetime","id"]
        },
        {
          "name": "AffiliateMeta",
          "key": ["affiliate_id"],
          "fields": [
            "affiliate_id",
            "ssn_tax",
            "check_payable_to",
            "check_address1",
            "check_address2",
            "check_city",
            "check_region",
            "check_country",
            "check_zipcode",
            "check_modified",
            "other_details",
            "other_modified",
            "paypal_email",
            "paypal_modified",
            "direct_deposit_account_holder",
            "direct_deposit_account_number",
            "direct_deposit_bank_name",
            "direct_deposit_routing_number",
            "direct_deposit_other_details",
            "direct_deposit_modified",
            "wire_beneficiary_name",
            "wire_account_number",
            "wire_bank_name",
            "wire_routing_number",
            "wire_other_details",
            "wire_modified",
            "payoneer_status",
            "payoneer_modified",
            "is_individual",
            "dob",
            "modified",
            "payquicker_method",
            "payquicker_m2m_email",
            "payquicker_m2m_security_id",
            "payquicker_m2m_recipient_must_be_verified",
            "payquicker_m2m_security_id_hint",
            "payquicker_m2m_accounting_id",
            "payquicker_m2papercheck_destination_country_code",
            "payquicker_m2papercheck_check_memo",
            "payquicker_m2papercheck_recipient_name",
            "payquicker_m2papercheck_address1",
            "payquicker_m2papercheck_address2",
            "payquicker_m2papercheck_address3",
            "payquicker_m2papercheck_address4",
            "payquicker_m2papercheck_city",
            "payquicker_m2papercheck_region",
            "payquicker_m2papercheck_postal_code",
            "payquicker_m2papercheck_return_country_code",
            "payquicker_m2papercheck_return_address1",
            "payquicker_m2papercheck_return_address2",
            "payquicker_m2papercheck_return_address3",
            "payquicker_m2papercheck_return_city",
            "payquicker_m2papercheck_return_region",
            "payquicker_m2papercheck_return_postal_code",
            "payquicker_m2eft_destination_country_code",
            "payquicker_m2eft_routing_number",
            "payquicker_m2eft_account_number",
            "payquicker_m2eft_bic",
            "payquicker_m2eft_iban",
            "payquicker_m2eft_account_name",
            "payquicker_m2eft_account_type",
            "payquicker_m2eft_bank_number",
            "payquicker_m2eft_account_tax_number",
            "payquicker_m2eft_bank_name",
            "payquicker_m2eft_bank_address",
            "payquicker_m2eft_account_type_code",
            "payquicker_m2eft_city",
            "payquicker_m2eft_postal_code",
            "payquicker_m2eft_description",
            "payquicker_usach_routing_number",
            "payquicker_usach_account_number",
            "payquicker_usach_first_name",
            "payquicker_usach_last_name",
            "payquicker_usach_account_type",
            "payquicker_advanced_email",
            "payquicker_advanced_security_id",
            "payquicker_advanced_recipient_must_be_verified",
            "payquicker_advanced_security_id_hint",
            "payquicker_advanced_accounting_id",
            "default_vat_id"
          ],
          "legacy": [
            "check_payable_to",
            "check_address1",
            "check_address2",
            "check_city",
            "check_region",
            "check_country",
            "check_zipcode",
            "check_modified",
            "other_details",
            "other_modified",
            "paypal_email",
            "paypal_modified",
            "direct_deposit_account_holder",
            "direct_deposit_account_number",
            "direct_deposit_bank_name",
            "direct_deposit_routing_number",
            "direct_deposit_other_details",
            "direct_deposit_modified",
            "wire_beneficiary_name",
            "wire_account_number",
            "wire_bank_name",
            "wire_routing_number",
            "wire_other_details",
            "wire_modified",
            "payoneer_status",
            "payoneer_modified",
            "is_individual",
            "dob",
            "modified",
            "payquicker_method",
            "payquicker_m2m_email",
            "payquicker_m2m_security_id",
            "payquicker_m2m_recipient_must_be_verified",
            "payquicker_m2m_security_id_hint",
            "payquicker_m2m_accounting_id",
            "payquicker_m2papercheck_destination_country_code",
            "payquicker_m2papercheck_check_memo",
            "payquicker_m2papercheck_recipient_name",
            "payquicker_m2papercheck_address1",
            "payquicker_m2papercheck_address2",
            "payquicker_m2papercheck_address3",
            "payquicker_m2papercheck_address4",
            "payquicker_m2papercheck_city",
            "payquicker_m2papercheck_region",
            "payquicker_m2papercheck_postal_code",
            "payquicker_m2papercheck_return_country_code",
            "payquicker_m2papercheck_return_address1",
            "payquicker_m2papercheck_return_address2",
            "payquicker_m2papercheck_return_address3",
            "payquicker_m2papercheck_return_city",
            "payquicker_m2papercheck_return_region",
            "payquicker_m2papercheck_return_postal_code",
            "payquicker_m2eft_destination_country_code",
            "payquicker_m2eft_routing_number",
            "payquicker_m2eft_account_number",
            "payquicker_m2eft_bic",
            "payquicker_m2eft_iban",
            "payquicker_m2eft_account_name",
            "payquicker_m2eft_account_type",
            "payquicker_m2eft_bank_number",
            "payquicker_m2eft_account_tax_number",
            "payquicker_m2eft_bank_name",
            "payquicker_m2eft_bank_address",
            "payquicker_m2eft_account_type_code",
            "payquicker_m2eft_city",
            "payquicker_m2eft_postal_code",
            "payquicker_m2eft_description",
            "payquicker_usach_routing_number",
            "payquicker_usach_account_number",
            "payquicker_usach_first_name",
            "payquicker_usach_last_name",
            "payquicker_usach_account_type",
            "payquicker_advanced_email",
            "payquicker_advanced_security_id",
            "payquicker_advanced_recipient_must_be_verified",
            "payquicker_advanced_security_id_hint",
            "payquicker_advanced_accounting_id",
            "default_vat_id"
          ],
          "checks": {
            "payquicker_m2m_security_id": "integer",
            "payquicker_m2m_accounting_id": "integer",
            "payquicker_advanced_security_id": "integer",
            "payquicker_advanced_accounting_id": "integer",
            "default_vat_id": "integer"
          },
          "readOnly": ["affiliate_id"]
        },
        {
          "name": "AffiliateNetworkDataAudit",
          "fields": [
            "id",
            "brand_id",
            "table_name",
            "table_pkey_name",
            "table_row_pkey_val",
            "new_data",
            "old_data",
            "action_time_utc",
            "source",
            "user_type",
            "user_id",
            "user_ip",
            "detected_ip",
            "operation"
          ],
          "checks": {"brand_id":"integer","user_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "AffiliateOffer",
          "display": "approval_status",
          "fields": ["affiliate_id","agreed_terms_and_conditions","approval_notes","approval_status","hostname_id","id","offer_id","_NETWORK_offer_id"],
          "relations": [{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false},{"name":"Offer","property":"offer","model":"Offer","many":false}],
          "required": ["affiliate_id","offer_id"],
          "checks": {"affiliate_id":"integer","approval_status":["pending","approved","rejected"],"hostname_id":"integer","offer_id":"integer","_NETWORK_offer_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "AffiliateReceipt",
          "fields": [
            "affiliate_id",
            "amount",
            "currency",
            "date",
            "datetime",
            "id",
            "memo",
            "method",
            "notes",
            "payment_details",
            "payment_info",
            "payment_id_ref",
            "status",
            "token",
            "transaction_id",
            "user_id"
          ],
          "relations": [{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false},{"name":"Invoice","property":"invoice","model":"AffiliateInvoice"}],
          "manager": "affiliateBilling",
          "required": ["affiliate_id","amount","currency","date","method","status"],
          "checks": {
            "affiliate_id": "integer",
            "amount": "decimal",
            "method": ["wire","check","paypal","other","direct_deposit","payoneer","payquicker"],
            "payment_id_ref": "integer",
            "status": ["pending","success","failed","deleted"],
            "user_id": "integer"
          },
          "readOnly": ["datetime","id","payment_info","payment_id_ref","user_id"]
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
          "name": "AffiliateTierPayout",
          "fields": ["affiliate_tier_id","goal_id","id","modified","offer_id","payout","percent_payout"],
          "required": ["affiliate_tier_id","offer_id"],
          "checks": {"affiliate_tier_id":"integer","goal_id":"integer","offer_id":"integer","payout":"decimal","percent_payout":"decimal"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "AffiliateTierRevenue",
          "fields": ["affiliate_tier_id","goal_id","id","modified","offer_id","revenue","percent_revenue"],
          "required": ["affiliate_tier_id","offer_id"],
          "checks": {"affiliate_tier_id":"integer","goal_id":"integer","offer_id":"integer","revenue":"decimal","percent_revenue":"decimal"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "AffiliateTier",
          "fields": ["id","is_default","level","name","status"],
          "required": ["name"],
          "checks": {"level":"integer","status":["active","deleted"]},
          "readOnly": ["id"]
        },
        {
          "name": "AffiliateUserAlert",
          "fields": ["affiliate_user_id","alert_id","id","is_dismissed"],
          "required": ["affiliate_user_id","alert_id"],
          "checks": {"affiliate_user_id":"integer","alert_id":"integer"},
          "readOnly": ["id"]
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
            "wants_alerts",
            "salt"
          ],
          "relations": [{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false}],
          "manager": "affiliateUsers",
          "required": ["affiliate_id","email","join_date","password","salt"],
          "checks": {"affiliate_id":"integer","permissions":"integer","status":["active","blocked","deleted"]},
          "readOnly": ["access","id","join_date","last_login","modified","permissions","wants_alerts"]
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
            "fraud_activity_alert_threshold",
            "fraud_activity_block_threshold",
            "fraud_activity_score",
            "fraud_profile_alert_threshold",
            "fraud_profile_block_threshold",
            "fraud_profile_score",
            "id",
            "modified",
            "method_data",
            "other",
            "payment_method",
            "payment_terms",
            "phone",
            "ref_id",
            "referral_id",
            "region",
            "signup_ip",
            "status",
            "w9_filed",
            "wants_alerts",
            "website",
            "zipcode",
            "scrub_offer_pixels",
            "fraud_risk_tier"
          ],
          "relations": [
            {"name":"Stat","property":"stat","model":"Stat","many":false},
            {"name":"AffiliateCommission","property":"affiliateCommission","model":"AffiliateReferralCommission","many":true},
            {"name":"AffiliateReferral","property":"affiliateReferral","model":"Affiliate","many":true},
            {"name":"AccountManager","property":"accountManager","model":"Employee","many":false},
            {"name":"CreatorUser","property":"creatorUser","model":"AffiliateUser","many":false},
            {"name":"AffiliateUser","property":"affiliateUser","model":"AffiliateUser","many":true},
            {"name":"PaymentMethod","property":"paymentMethod","model":"PaymentMethod","many":false},
            {"name":"AffiliateMeta","property":"affiliateMeta","model":"AffiliateMeta","many":true},
            {"name":"AccountBalance","property":"accountBalance","model":"AffiliateAccountBalance","many":false},
            {"name":"Currency","property":"currency","model":"AffiliateCurrencyBalance","many":true}
          ],
          "related": [{"property":"files","manager":"offerFiles","via":"account_id"},{"property":"user","manager":"affiliateUsers","via":"affiliate_id","first":true}],
          "manager": "affiliates",
          "checks": {
            "account_manager_id": "integer",
            "affiliate_tier_id": "integer",
            "fraud_activity_alert_threshold": "integer",
            "fraud_activity_block_threshold": "integer",
            "fraud_activity_score": "integer",
            "fraud_profile_alert_threshold": "integer",
            "fraud_profile_block_threshold": "integer",
            "fraud_profile_score": "integer",
            "payment_method": ["wire","check","paypal","other","direct_deposit","payoneer","payquicker"],
            "payment_terms": ["net 7","net 15","net 30","net 60","net 90","invoice","other"],
            "referral_id": "integer",
            "status": ["pending","active","blocked","deleted","rejected"]
          },
          "readOnly": ["date_added","fraud_activity_score","fraud_profile_score","id","modified","method_data","other","wants_alerts","website"]
        },
        {
          "name": "Alert",
          "fields": ["content","data","date","datetime","description","employee_id","id","ref_affiliate_id","ref_key","ref_id","status","title","type_code"],
          "manager": "alert",
          "required": ["type_code"],
          "checks": {
            "employee_id": "integer",
            "ref_affiliate_id": "integer",
            "ref_id": "integer",
            "status": ["active","deleted"],
            "type_code": ["100","201","202","203","301","302","303","401","402","501","502","601","602","603"]
          },
          "readOnly": ["data","date","datetime","id","ref_affiliate_id","ref_key","ref_id"]
        },
        {"name":"Application","fields":["id"],"manager":"application","readOnly":["id"]},
        {
          "name": "BlockedAccountReason",
          "fields": ["id","created","affiliate_id","advertiser_id","employee_id","reason"],
          "checks": {"affiliate_id":"integer","advertiser_id":"integer","employee_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "BrandCreator",
          "fields": ["id","brand_id","creator_first_name","creator_last_name","creator_email","creator_password","creator_salt"],
          "required": ["brand_id","creator_first_name","creator_last_name","creator_email","creator_password"],
          "checks": {"brand_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "BrandDataAudit",
          "fields": [
            "id",
            "table_name",
            "table_pkey_name",
            "table_row_pkey_val",
            "new_data",
            "old_data",
            "action_time_utc",
            "source",
            "user_type",
            "user_id",
            "user_ip",
            "detected_ip",
            "operation"
          ],
          "checks": {"user_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "BrandInformation",
          "key": ["brand_id"],
          "fields": [
            "company_address1",
            "company_address2",
            "company_city",
            "company_country",
            "company_name",
            "company_phone",
            "company_region",
            "company_zipcode",
            "brand_id",
            "valid_to",
            "valid_from"
          ],
          "legacy": ["brand_id","valid_to","valid_from"],
          "required": ["company_address1","company_city","company_country","company_name","company_phone","company_zipcode"],
          "readOnly": ["brand_id","valid_from"]
        },
        {"name":"BrowserGroups","fields":["id","group","note","class"],"readOnly":["id"]},
        {
          "name": "Browser",
          "fields": ["bit_pos","class","group","group_id","id","name","note"],
          "required": ["bit_pos"],
          "checks": {"bit_pos":"integer","class":["desktop","mobile"],"group":["Desktop","Fully Web Capable","Partially Web Capable","WAP Only"],"group_id":["1","2","3","4"]},
          "readOnly": ["bit_pos","class","group","group_id","id","name","note"]
        },
        {"name":"CashflowGroup","fields":["affiliates","id","name","description","rules"],"manager":"cashflowGroups","readOnly":["affiliates","id","rules"]},
        {
          "name": "Check",
          "key": ["affiliate_id"],
          "fields": ["affiliate_id","check_payable_to","check_address1","check_address2","check_city","check_region","check_country","check_zipcode","is_individual"],
          "readOnly": ["affiliate_id"]
        },
        {
          "name": "ComplexOffer",
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
        {
          "name": "ConversionMeta",
          "key": ["conversion_id"],
          "fields": ["conversion_id","note"],
          "manager": "conversionMetas",
          "required": ["note"],
          "readOnly": ["conversion_id"]
        },
        {
          "name": "ConversionReport",
          "key": [],
          "fields": [
            "Advertiser.company",
            "AdvertiserManager.full_name",
            "Affiliate.company",
            "Affiliate.re_id",
            "AffiliateManager.full_name",
            "Browser.display_name",
            "ConversionMeta.note",
            "ConversionsMobile.adv_sub2",
            "ConversionsMobile.adv_sub3",
            "ConversionsMobile.adv_sub4",
            "ConversionsMobile.adv_sub5",
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
            "ConversionsMobile.google_aid",
            "ConversionsMobile.google_aid_md5",
            "ConversionsMobile.google_aid_sha1",
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
            "ConversionsMobile.windows_aid",
            "ConversionsMobile.windows_aid_md5",
            "ConversionsMobile.windows_aid_sha1",
            "Country.name",
            "Customer.provided_id",
            "Goal.name",
            "Offer.name",
            "Offer.ref_id",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "PayoutGroup.id",
            "PayoutGroup.name",
            "RevenueGroup.id",
            "RevenueGroup.name",
            "Stat.ad_id",
            "Stat.advertiser_id",
            "Stat.advertiser_info",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.approved_payout",
            "Stat.approved_rate",
            "Stat.browser_id",
            "Stat.count",
            "Stat.count_adjustment",
            "Stat.count_approved",
            "Stat.count_pending",
            "Stat.count_rejected",
            "Stat.country_code",
            "Stat.creative_url_id",
            "Stat.currency",
            "Stat.customer_id",
            "Stat.date",
            "Stat.datetime",
            "Stat.datetime_diff",
            "Stat.goal_id",
            "Stat.hour",
            "Stat.id",
            "Stat.ip",
            "Stat.is_adjustment",
            "Stat.month",
            "Stat.net_payout",
            "Stat.net_revenue",
            "Stat.net_sale_amount",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.payout_type",
            "Stat.pending_payout",
            "Stat.pending_revenue",
            "Stat.pending_sale_amount",
            "Stat.pixel_refer",
            "Stat.refer",
            "Stat.rejected_rate",
            "Stat.revenue",
            "Stat.revenue_type",
            "Stat.sale_amount",
            "Stat.session_date",
            "Stat.session_datetime",
            "Stat.session_ip",
            "Stat.source",
            "Stat.status",
            "Stat.status_code",
            "Stat.user_agent",
            "Stat.week",
            "Stat.year"
          ],
          "numeric": [
            "PayoutGroup.id",
            "RevenueGroup.id",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_id",
            "Stat.affiliate_manager_id",
            "Stat.approved_payout",
            "Stat.approved_rate",
            "Stat.browser_id",
            "Stat.count",
            "Stat.count_adjustment",
            "Stat.count_approved",
            "Stat.count_pending",
            "Stat.count_rejected",
            "Stat.creative_url_id",
            "Stat.customer_id",
            "Stat.goal_id",
            "Stat.hour",
            "Stat.id",
            "Stat.month",
            "Stat.net_payout",
            "Stat.net_revenue",
            "Stat.net_sale_amount",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.pending_payout",
            "Stat.pending_revenue",
            "Stat.pending_sale_amount",
            "Stat.rejected_rate",
            "Stat.revenue",
            "Stat.sale_amount",
            "Stat.status_code",
            "Stat.week",
            "Stat.year"
          ],
          "dates": ["Stat.date","Stat.session_date"],
          "checks": {
            "PayoutGroup.id": "integer",
            "RevenueGroup.id": "integer",
            "Stat.advertiser_id": "integer",
            "Stat.advertiser_manager_id": "integer",
            "Stat.affiliate_id": "integer",
            "Stat.affiliate_manager_id": "integer",
            "Stat.approved_payout": "decimal",
            "Stat.approved_rate": "decimal",
            "Stat.browser_id": "integer",
            "Stat.count": "integer",
            "Stat.count_adjustment": "integer",
            "Stat.count_approved": "integer",
            "Stat.count_pending": "integer",
            "Stat.count_rejected": "integer",
            "Stat.creative_url_id": "integer",
            "Stat.customer_id": "integer",
            "Stat.goal_id": "integer",
            "Stat.hour": "integer",
            "Stat.id": "integer",
            "Stat.month": "integer",
            "Stat.net_payout": "decimal",
            "Stat.net_revenue": "decimal",
            "Stat.net_sale_amount": "decimal",
            "Stat.offer_id": "integer",
            "Stat.offer_url_id": "integer",
            "Stat.payout": "decimal",
            "Stat.payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.pending_payout": "decimal",
            "Stat.pending_revenue": "decimal",
            "Stat.pending_sale_amount": "decimal",
            "Stat.rejected_rate": "decimal",
            "Stat.revenue": "decimal",
            "Stat.revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.sale_amount": "decimal",
            "Stat.status": ["approved","pending","rejected"],
            "Stat.status_code": "integer",
            "Stat.week": "integer",
            "Stat.year": "integer"
          },
          "readOnly": [
            "Advertiser.company",
            "AdvertiserManager.full_name",
            "Affiliate.company",
            "Affiliate.re_id",
            "AffiliateManager.full_name",
            "Browser.display_name",
            "ConversionMeta.note",
            "ConversionsMobile.adv_sub2",
            "ConversionsMobile.adv_sub3",
            "ConversionsMobile.adv_sub4",
            "ConversionsMobile.adv_sub5",
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
            "ConversionsMobile.google_aid",
            "ConversionsMobile.google_aid_md5",
            "ConversionsMobile.google_aid_sha1",
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
            "ConversionsMobile.windows_aid",
            "ConversionsMobile.windows_aid_md5",
            "ConversionsMobile.windows_aid_sha1",
            "Country.name",
            "Customer.provided_id",
            "Goal.name",
            "Offer.name",
            "Offer.ref_id",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "PayoutGroup.id",
            "PayoutGroup.name",
            "RevenueGroup.id",
            "RevenueGroup.name",
            "Stat.ad_id",
            "Stat.advertiser_id",
            "Stat.advertiser_info",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.approved_payout",
            "Stat.approved_rate",
            "Stat.browser_id",
            "Stat.count",
            "Stat.count_adjustment",
            "Stat.count_approved",
            "Stat.count_pending",
            "Stat.count_rejected",
            "Stat.country_code",
            "Stat.creative_url_id",
            "Stat.currency",
            "Stat.customer_id",
            "Stat.date",
            "Stat.datetime",
            "Stat.datetime_diff",
            "Stat.goal_id",
            "Stat.hour",
            "Stat.id",
            "Stat.ip",
            "Stat.is_adjustment",
            "Stat.month",
            "Stat.net_payout",
            "Stat.net_revenue",
            "Stat.net_sale_amount",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.payout_type",
            "Stat.pending_payout",
            "Stat.pending_revenue",
            "Stat.pending_sale_amount",
            "Stat.pixel_refer",
            "Stat.refer",
            "Stat.rejected_rate",
            "Stat.revenue",
            "Stat.revenue_type",
            "Stat.sale_amount",
            "Stat.session_date",
            "Stat.session_datetime",
            "Stat.session_ip",
            "Stat.source",
            "Stat.status",
            "Stat.status_code",
            "Stat.user_agent",
            "Stat.week",
            "Stat.year"
          ]
        },
        {
          "name": "Conversion",
          "fields": [
            "ad_campaign_creative_id",
            "ad_campaign_id",
            "ad_id",
            "advertiser_id",
            "advertiser_info",
            "advertiser_manager_id",
            "affiliate_id",
            "affiliate_info1",
            "affiliate_info2",
            "affiliate_info3",
            "affiliate_info4",
            "affiliate_info5",
            "affiliate_manager_id",
            "browser_id",
            "country_code",
            "creative_url_id",
            "currency",
            "customer_id",
            "datetime",
            "goal_id",
            "id",
            "internal_ad_id",
            "ip",
            "is_adjustment",
            "offer_file_id",
            "offer_id",
            "payout",
            "payout_type",
            "pixel_refer",
            "refer",
            "revenue",
            "revenue_type",
            "sale_amount",
            "session_datetime",
            "session_ip",
            "source",
            "status",
            "status_code",
            "user_agent",
            "file_upload_id",
            "preview_status",
            "file_row",
            "action",
            "affected_rows",
            "message",
            "conversion_id",
            "note",
            "is_scrubed"
          ],
          "legacy": ["file_upload_id","preview_status","file_row","action","affected_rows","message","conversion_id","note"],
          "relations": [
            {"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false},
            {"name":"AdvertiserManager","property":"advertiserManager","model":"Employee","many":false},
            {"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false},
            {"name":"AffiliateManager","property":"affiliateManager","model":"Employee","many":false},
            {"name":"Browser","property":"browser","model":"Browser","many":true},
            {"name":"ConversionMeta","property":"conversionMeta","model":"ConversionMeta","many":true},
            {"name":"Country","property":"country","model":"Country","many":true},
            {"name":"CustomerList","property":"customerList","model":"CustomerList","many":false},
            {"name":"Offer","property":"offer","model":"Offer","many":false},
            {"name":"Goal","property":"goal","model":"Goal","many":false},
            {"name":"OfferFile","property":"offerFile","model":"OfferFile","many":false},
            {"name":"OfferUrl","property":"offerUrl","model":"OfferUrl","many":false},
            {"name":"AdCampaign","property":"adCampaign","model":"AdCampaign","many":false},
            {"name":"AdCampaignCreative","property":"adCampaignCreative","model":"AdCampaignCreative","many":false},
            {"name":"RingRevenue","property":"ringRevenue","model":"RingRevenue","many":false}
          ],
          "manager": "conversions",
          "required": ["affiliate_id","datetime","offer_id","payout","revenue"],
          "checks": {
            "ad_campaign_creative_id": "integer",
            "ad_campaign_id": "integer",
            "advertiser_id": "integer",
            "advertiser_manager_id": "integer",
            "affiliate_id": "integer",
            "affiliate_manager_id": "integer",
            "browser_id": "integer",
            "creative_url_id": "integer",
            "customer_id": "integer",
            "goal_id": "integer",
            "offer_file_id": "integer",
            "offer_id": "integer",
            "payout": "decimal",
            "payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "revenue": "decimal",
            "revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "sale_amount": "decimal",
            "status": ["approved","pending","rejected"],
            "status_code": "integer",
            "file_upload_id": "integer",
            "conversion_id": "integer"
          },
          "readOnly": ["id"]
        },
        {
          "name": "Country",
          "display": "code",
          "fields": ["code","id","is_active","name","paypal_code","regions"],
          "manager": "countries",
          "required": ["code","is_active","name","paypal_code"],
          "readOnly": ["code","id","is_active","name","paypal_code","regions"]
        },
        {"name":"CreativeCode","key":[],"fields":[]},
        {"name":"CssTemplate","fields":["id","name","color_schema","custom_css"],"readOnly":["id"]},
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
          "name": "CustomerAttribute",
          "fields": ["customer_id","id","modified","name","value"],
          "required": ["customer_id","name"],
          "checks": {"customer_id":"integer"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "CustomerListAttribute",
          "fields": ["attribute","customer_list_id","id","modified"],
          "required": ["attribute","customer_list_id"],
          "checks": {"customer_list_id":"integer"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "CustomerList",
          "fields": ["id","modified","name","status"],
          "relations": [{"name":"CustomerListAttribute","property":"customerListAttribute","model":"CustomerListAttribute"}],
          "manager": "customerLists",
          "required": ["name"],
          "checks": {"status":["active","deleted"]},
          "readOnly": ["id","modified"]
        },
        {
          "name": "Customer",
          "fields": ["customer_list_id","id","provided_id"],
          "relations": [
            {"name":"CustomerList","property":"customerList","model":"CustomerList","many":false},
            {"name":"CustomerAttribute","property":"customerAttribute","model":"CustomerAttribute"},
            {"name":"CustomerListAttribute","property":"customerListAttribute","model":"CustomerListAttribute"}
          ],
          "required": ["customer_list_id","provided_id"],
          "checks": {"customer_list_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "DataAudit",
          "fields": [
            "action_time_utc",
            "detected_ip",
            "id",
            "new_data",
            "old_data",
            "operation",
            "source",
            "table_name",
            "table_pkey_name",
            "table_row_pkey_val",
            "user_id",
            "user_ip",
            "user_type"
          ],
          "manager": "auditor",
          "checks": {"operation":["insert","update","delete"],"user_id":"integer","user_type":["AdvertiserUser","AffiliateUser","Employee"]},
          "readOnly": [
            "action_time_utc",
            "detected_ip",
            "id",
            "new_data",
            "old_data",
            "operation",
            "source",
            "table_name",
            "table_pkey_name",
            "table_row_pkey_val",
            "user_id",
            "user_ip",
            "user_type"
          ]
        },
        {
          "name": "Design",
          "fields": [
            "id",
            "is_custom",
            "logo_file",
            "footer",
            "footer_js",
            "terms",
            "advertiser_terms",
            "css_template",
            "favicon_file",
            "affiliate_pending",
            "affiliate_pending_subject",
            "affiliate_approved",
            "affiliate_approved_subject",
            "affiliate_rejected",
            "affiliate_rejected_subject",
            "affiliate_created",
            "affiliate_created_subject",
            "advertiser_pending",
            "advertiser_pending_subject",
            "advertiser_approved",
            "advertiser_approved_subject",
            "advertiser_rejected",
            "advertiser_rejected_subject",
            "advertiser_created",
            "advertiser_created_subject",
            "forgot_password",
            "forgot_password_subject",
            "privacy_policy"
          ],
          "required": ["is_custom"],
          "readOnly": ["id"]
        },
        {
          "name": "DirectDeposit",
          "key": ["affiliate_id"],
          "fields": [
            "affiliate_id",
            "direct_deposit_account_holder",
            "direct_deposit_account_number",
            "direct_deposit_bank_name",
            "direct_deposit_routing_number",
            "direct_deposit_other_details"
          ],
          "readOnly": ["affiliate_id"]
        },
        {"name":"DneEmail","key":[],"fields":["affiliate_id","email","ip","datetime"],"checks":{"affiliate_id":"integer"},"readOnly":["datetime"]},
        {
          "name": "DneList",
          "fields": ["count","file_hash","id","is_external","modified","name","provider","provider_url","ref_id","status","unsubscribe_link","url"],
          "manager": "dneLists",
          "required": ["is_external","name"],
          "checks": {"count":"integer","provider":["UnsubCentral"],"status":["enabled","disabled"]},
          "readOnly": ["count","file_hash","id","modified"]
        },
        {
          "name": "EmailBatch",
          "fields": ["id","subject","body","sender_name","sender_email","recipients","recipient_filters","status","is_prepared","modified","last_error","created"],
          "required": ["subject","body","sender_name","sender_email","recipients","recipient_filters","status","is_prepared"],
          "readOnly": ["id","created"]
        },
        {
          "name": "EmailInstance",
          "fields": [
            "id",
            "email_batch_id",
            "recipient_type",
            "recipient_id",
            "recipient_email",
            "status",
            "replacement_variables",
            "last_error",
            "recipient_first_name",
            "recipient_last_name",
            "send_attempts",
            "created",
            "modified"
          ],
          "required": ["email_batch_id","recipient_type","recipient_id","recipient_email","status","replacement_variables"],
          "checks": {"email_batch_id":"integer","recipient_id":"integer"},
          "readOnly": ["id","send_attempts","created","modified"]
        },
        {
          "name": "EmployeeAlert",
          "fields": ["alert_id","employee_id","id","is_dismissed"],
          "required": ["alert_id","employee_id"],
          "checks": {"employee_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "EmployeeCommission",
          "key": ["employee_id"],
          "fields": ["employee_id","field","min_commission","rate","rate_type"],
          "required": ["field","rate_type"],
          "checks": {"field":["leads","payout","revenue","profit"],"min_commission":"decimal","rate":"decimal","rate_type":["flat","percentage"]},
          "readOnly": ["employee_id"]
        },
        {
          "name": "EmployeeHistory",
          "fields": [
            "id",
            "join_date",
            "password",
            "salt",
            "employee_id",
            "email",
            "status",
            "wants_alerts",
            "first_name",
            "last_name",
            "phone",
            "cell_phone",
            "title",
            "last_login",
            "permissions",
            "aim",
            "photo",
            "billing_user",
            "modified",
            "operation",
            "user_ip",
            "operation_time",
            "user_id"
          ],
          "required": ["join_date","password","salt"],
          "checks": {"employee_id":"integer","user_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "Employee",
          "fields": [
            "access",
            "aim",
            "billing_user",
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
            "photo",
            "status",
            "title",
            "wants_alerts",
            "salt"
          ],
          "legacy": ["salt"],
          "manager": "employees",
          "required": ["email","join_date","password"],
          "checks": {"permissions":"integer","status":["active","deleted"]},
          "readOnly": ["access","id","join_date","last_login","modified","permissions","wants_alerts"]
        },
        {"name":"Environment","key":["name"],"fields":["name","value"],"manager":"environment","required":["value"],"readOnly":["name"]},
        {"name":"ExchangeRate","key":["currency"],"fields":["currency","rate"],"required":["rate"],"readOnly":["currency"]},
        {
          "name": "FileUpload",
          "fields": ["id","owner_id","original_filename","file_size","file_location","type","md5_checksum","status","processed_rows","created","modified"],
          "required": ["owner_id","original_filename","file_size","file_location","type","md5_checksum"],
          "checks": {"owner_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "Goal",
          "fields": [
            "advertiser_id",
            "allow_multiple_conversions",
            "approve_conversions",
            "default_payout",
            "description",
            "display_advertiser",
            "enforce_encrypt_tracking_pixels",
            "id",
            "is_end_point",
            "is_private",
            "max_payout",
            "max_percent_payout",
            "modified",
            "name",
            "offer_id",
            "payout_type",
            "percent_payout",
            "protocol",
            "ref_id",
            "revenue_type",
            "status",
            "tiered_payout",
            "tiered_revenue",
            "use_payout_groups",
            "use_revenue_groups",
            "network_brand_id",
            "network_goal_id"
          ],
          "relations": [
            {"name":"Offer","property":"offer","model":"Offer","many":false},
            {"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false},
            {"name":"Stat","property":"stat","model":"Stat","many":false},
            {"name":"AffiliateTierPayout","property":"affiliateTierPayout","model":"AffiliateTierPayout","many":true},
            {"name":"AffiliateTierRevenue","property":"affiliateTierRevenue","model":"AffiliateTierRevenue","many":true},
            {"name":"PayoutGroup","property":"payoutGroup","model":"PayoutGroupGoal"},
            {"name":"RevenueGroup","property":"revenueGroup","model":"RevenueGroupGoal"}
          ],
          "manager": "goals",
          "checks": {
            "advertiser_id": "integer",
            "default_payout": "decimal",
            "max_payout": "decimal",
            "max_percent_payout": "decimal",
            "offer_id": "integer",
            "payout_type": ["cpa_flat","cpa_percentage","cpa_both"],
            "percent_payout": "decimal",
            "protocol": ["http","https","http_img","https_img","server","server_affiliate","mobile_app","mobile_device"],
            "revenue_type": ["cpa_flat","cpa_percentage","cpa_both"],
            "status": ["active","deleted"],
            "network_brand_id": "integer",
            "network_goal_id": "integer"
          },
          "readOnly": ["id","modified"]
        },
        {"name":"Group","fields":["id","name","jurisdiction"],"required":["name","jurisdiction"],"readOnly":["id"]},
        {
          "name": "Hostname",
          "fields": ["brand_id","domain","has_ssl","id","jump_redirect","status","type"],
          "required": ["domain","type"],
          "checks": {"brand_id":"integer","status":["active","deleted"],"type":["jump"]},
          "readOnly": ["brand_id","id"]
        },
        {"name":"Ip","fields":["id","brand_id","ip_address","datetime"],"required":["brand_id","ip_address"],"checks":{"brand_id":"integer"},"readOnly":["id"]},
        {
          "name": "ManagerCommissionReport",
          "key": [],
          "fields": [
            "AffiliateManager.full_name",
            "Stat.affiliate_manager_id",
            "Stat.commission_amount",
            "Stat.commission_base",
            "Stat.commission_field",
            "Stat.commission_rate",
            "Stat.commission_type",
            "Stat.date"
          ],
          "numeric": ["Stat.affiliate_manager_id","Stat.commission_amount","Stat.commission_base","Stat.commission_rate"],
          "dates": ["Stat.date"],
          "checks": {
            "Stat.affiliate_manager_id": "integer",
            "Stat.commission_amount": "decimal",
            "Stat.commission_base": "decimal",
            "Stat.commission_field": ["leads","payout","revenue","profit"],
            "Stat.commission_rate": "decimal",
            "Stat.commission_type": ["flat","percentage"]
          },
          "readOnly": [
            "AffiliateManager.full_name",
            "Stat.affiliate_manager_id",
            "Stat.commission_amount",
            "Stat.commission_base",
            "Stat.commission_field",
            "Stat.commission_rate",
            "Stat.commission_type",
            "Stat.date"
          ]
        },
        {
          "name": "MediaUsageFee",
          "fields": ["id","affiliate_id","offer_file_id","date","impressions","transfer_bytes","fee"],
          "required": ["affiliate_id","offer_file_id","date","impressions","transfer_bytes","fee"],
          "checks": {"affiliate_id":"integer","offer_file_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "OfferAffiliateBlock",
          "fields": ["id","offer_id","affiliate_id","modified"],
          "required": ["offer_id","affiliate_id"],
          "checks": {"offer_id":"integer","affiliate_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "OfferCategory",
          "fields": ["date_created","date_updated","id","name","status","offer_count"],
          "required": ["name"],
          "checks": {"status":["active","deleted"]},
          "readOnly": ["date_created","date_updated","id"]
        },
        {
          "name": "OfferConversionCap",
          "fields": [
            "affiliate_id",
            "conversion_cap",
            "id",
            "modified",
            "monthly_conversion_cap",
            "monthly_payout_cap",
            "monthly_revenue_cap",
            "offer_id",
            "payout_cap",
            "revenue_cap"
          ],
          "required": ["affiliate_id","offer_id"],
          "checks": {
            "affiliate_id": "integer",
            "conversion_cap": "integer",
            "monthly_conversion_cap": "integer",
            "monthly_payout_cap": "decimal",
            "monthly_revenue_cap": "decimal",
            "offer_id": "integer",
            "payout_cap": "decimal",
            "revenue_cap": "decimal"
          },
          "readOnly": ["id","modified"]
        },
        {
          "name": "OfferCountry",
          "fields": ["id","offer_id","country_code","country_regions","regions","modified"],
          "required": ["offer_id","country_code"],
          "checks": {"offer_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "OfferDisabledLink",
          "fields": ["aff_info1","aff_info2","aff_info3","aff_info4","aff_info5","affiliate_id","datetime","id","offer_id","source","strict"],
          "relations": [{"name":"Offer","property":"offer","model":"Offer","many":false},{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false}],
          "manager": "offerDisabledLinks",
          "required": ["affiliate_id","offer_id"],
          "checks": {"affiliate_id":"integer","offer_id":"integer"},
          "readOnly": ["datetime","id"]
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
          "relations": [
            {"name":"Offer","property":"offer","model":"Offer","many":false},
            {"name":"CreativeCode","property":"creativeCode","model":"CreativeCode","many":false,"scalar":true},
            {"name":"Stat","property":"stat","model":"Stat","many":false}
          ],
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
          "name": "OfferGroup",
          "fields": ["date_created","date_updated","id","name","status"],
          "required": ["name"],
          "checks": {"status":["active","deleted"]},
          "readOnly": ["date_created","date_updated","id"]
        },
        {
          "name": "OfferGroupsOffers",
          "fields": ["id","offer_id","offer_group_id","modified"],
          "required": ["offer_id","offer_group_id"],
          "checks": {"offer_id":"integer","offer_group_id":"integer"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "OfferHistory",
          "fields": [
            "id",
            "advertiser_id",
            "AFFILIATE_NETWORK_Brands_id",
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
            "created_at",
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
            "employee_id",
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
            "_NETWORK_dne_list_id",
            "_NETWORK_offer_id",
            "note",
            "offer_url",
            "parent_offers_modified",
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
            "session_cookieless_minutes",
            "session_hours",
            "session_impression_hours",
            "set_session_on_impression",
            "SHARED_Advertiser_Offers_id",
            "SHARED_Affiliate_Offers_id",
            "shared_offer_approval_status",
            "SHARED_Offers_id",
            "shared_offers_modified",
            "shared_offer_status",
            "show_custom_variables",
            "show_mail_list",
            "status",
            "subscription_duration",
            "subscription_frequency",
            "target_browsers",
            "terms_and_conditions",
            "tiered_payout",
            "tiered_revenue",
            "use_target_rules",
            "user_ip",
            "operation",
            "updated_at",
            "offer_id"
          ],
          "checks": {
            "advertiser_id": "integer",
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "converted_offer_id": "integer",
            "customer_list_id": "integer",
            "dne_list_id": "integer",
            "employee_id": "integer",
            "hostname_id": "integer",
            "_NETWORK_dne_list_id": "integer",
            "_NETWORK_offer_id": "integer",
            "redirect_offer_id": "integer",
            "ref_id": "integer",
            "SHARED_Advertiser_Offers_id": "integer",
            "SHARED_Affiliate_Offers_id": "integer",
            "SHARED_Offers_id": "integer",
            "offer_id": "integer"
          },
          "readOnly": ["id"]
        },
        {
          "name": "OfferPayout",
          "fields": ["id","affiliate_id","offer_id","goal_id","payout","percent_payout","modified"],
          "required": ["affiliate_id","offer_id"],
          "checks": {"affiliate_id":"integer","offer_id":"integer","goal_id":"integer"},
          "readOnly": ["id","modified"]
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
          "name": "OfferRevenue",
          "fields": ["id","offer_id","affiliate_id","goal_id","revenue","percent_revenue","modified"],
          "required": ["offer_id","affiliate_id"],
          "checks": {"offer_id":"integer","affiliate_id":"integer","goal_id":"integer"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "OfferScrub",
          "fields": ["id","affiliate_id","offer_id","rate","modified","click_rate","conversion_rate"],
          "required": ["affiliate_id","offer_id","rate","modified"],
          "checks": {"affiliate_id":"integer","offer_id":"integer"},
          "readOnly": ["id"]
        },
        {"name":"OfferTrackingLink","key":[],"fields":[]},
        {
          "name": "OfferTypesOffers",
          "fields": ["id","offer_id","offer_type_id","modified"],
          "required": ["offer_id","offer_type_id"],
          "checks": {"offer_id":"integer","offer_type_id":"integer"},
          "readOnly": ["id","modified"]
        },
        {
          "name": "OfferUrl",
          "fields": [
            "created",
            "id",
            "modified",
            "name",
            "offer_id",
            "offer_url",
            "preview_url",
            "status",
            "AFFILIATE_NETWORK_Brands_id",
            "_NETWORK_offer_creative_urls_id",
            "SHARED_Offer_Urls_id"
          ],
          "legacy": ["AFFILIATE_NETWORK_Brands_id","_NETWORK_offer_creative_urls_id","SHARED_Offer_Urls_id"],
          "relations": [{"name":"Offer","property":"offer","model":"Offer","many":false},{"name":"Stat","property":"stat","model":"StatReport"}],
          "manager": "offerUrls",
          "required": ["name","offer_id","offer_url"],
          "checks": {
            "offer_id": "integer",
            "status": ["active","deleted"],
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "_NETWORK_offer_creative_urls_id": "integer",
            "SHARED_Offer_Urls_id": "integer"
          },
          "readOnly": ["created","id","modified"]
        },
        {
          "name": "OfferWhitelist",
          "fields": ["content","content_type","datetime","id","offer_id","type"],
          "manager": "offerWhitelist",
          "required": ["content","content_type","offer_id","type"],
          "checks": {"content_type":["domain","ip_address","ip_range","ip_subnet"],"offer_id":"integer","type":["postback","refer"]},
          "readOnly": ["datetime","id"]
        },
        {
          "name": "Offer",
          "display": "name",
          "fields": [
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
            "currency",
            "customer_list_id",
            "default_goal_name",
            "default_payout",
            "description",
            "disable_click_macro",
            "display_advertiser",
            "dne_download_url",
            "dne_list_id",
            "dne_unsubscribe_url",
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
            "id",
            "is_expired",
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
            "use_payout_groups",
            "use_revenue_groups",
            "use_target_rules",
            "cookie_hours",
            "default_scrub",
            "is_country_primary",
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
            "enforce_secure_tracking_link",
            "website_links_copy_static_params",
            "create_date_utc",
            "lifetime_revenue_cap",
            "lifetime_conversion_cap",
            "lifetime_payout_cap",
            "dne_third_party_list"
          ],
          "relations": [
            {"name":"Advertiser","property":"advertiser","model":"Advertiser","many":false},
            {"name":"AffiliateTierPayout","property":"affiliateTierPayout","model":"AffiliateTierPayout","many":true},
            {"name":"AffiliateTierRevenue","property":"affiliateTierRevenue","model":"AffiliateTierRevenue","many":true},
            {"name":"Browser","property":"browser","model":"Browser","many":true},
            {"name":"Country","property":"country","model":"Country","many":true},
            {"name":"Goal","property":"goal","model":"Goal","many":true},
            {"name":"Hostname","property":"hostname","model":"Hostname","many":true},
            {"name":"OfferCategory","property":"offerCategory","model":"OfferCategory","many":true},
            {"name":"OfferGroup","property":"offerGroup","model":"OfferGroup","many":true},
            {"name":"OfferUrl","property":"offerUrl","model":"OfferUrl","many":true},
            {"name":"PayoutGroup","property":"payoutGroup","model":"PayoutGroupOffer"},
            {"name":"RevenueGroup","property":"revenueGroup","model":"RevenueGroupOffer"},
            {"name":"Stat","property":"stat","model":"Stat","many":false},
            {"name":"Subscription","property":"subscription","model":"CustomerList","many":false},
            {"name":"Thumbnail","property":"thumbnail","model":"OfferFile","many":false},
            {"name":"TrackingLink","property":"trackingLink","model":"TrackingLink","many":false,"scalar":true}
          ],
          "related": [{"property":"conversions","manager":"conversions","via":"offer_id"},{"property":"files","manager":"offerFiles","via":"offer_id"}],
          "manager": "offers",
          "required": ["expiration_date","name","offer_url","preview_url"],
          "checks": {
            "advertiser_id": "integer",
            "conversion_cap": "integer",
            "conversion_ratio_threshold": "integer",
            "converted_offer_id": "integer",
            "converted_offer_type": ["","network","url"],
            "customer_list_id": "integer",
            "default_payout": "decimal",
            "dne_list_id": "integer",
            "hostname_id": "integer",
            "max_payout": "decimal",
            "max_percent_payout": "decimal",
            "monthly_conversion_cap": "integer",
            "monthly_payout_cap": "decimal",
            "monthly_revenue_cap": "decimal",
            "payout_cap": "decimal",
            "payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "percent_payout": "decimal",
            "protocol": ["http","https","http_img","https_img","server","server_affiliate","mobile_app","mobile_device","pay_per_call"],
            "rating": "integer",
            "redirect_offer_id": "integer",
            "revenue_cap": "decimal",
            "revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "session_hours": "integer",
            "session_impression_hours": "integer",
            "status": ["active","paused","pending","expired","deleted"],
            "subscription_duration": "integer",
            "subscription_frequency": ["daily","weekly","monthly","annually"],
            "target_browsers": "integer",
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "SHARED_Advertiser_Offers_id": "integer",
            "SHARED_Affiliate_Offers_id": "integer",
            "SHARED_Offers_id": "integer",
            "_NETWORK_offer_id": "integer",
            "_NETWORK_dne_list_id": "integer",
            "lifetime_revenue_cap": "decimal",
            "lifetime_conversion_cap": "decimal",
            "lifetime_payout_cap": "decimal"
          },
          "readOnly": ["dne_download_url","dne_unsubscribe_url","id","is_expired","modified","rating"]
        },
        {"name":"Other","key":["affiliate_id"],"fields":["affiliate_id","other_details"],"readOnly":["affiliate_id"]},
        {
          "name": "PayQuicker",
          "key": ["affiliate_id"],
          "fields": [
            "affiliate_id",
            "payquicker_advanced_accounting_id",
            "payquicker_advanced_email",
            "payquicker_advanced_recipient_must_be_verified",
            "payquicker_advanced_security_id",
            "payquicker_advanced_security_id_hint",
            "payquicker_m2eft_account_name",
            "payquicker_m2eft_account_number",
            "payquicker_m2eft_account_tax_number",
            "payquicker_m2eft_account_type_code",
            "payquicker_m2eft_account_type",
            "payquicker_m2eft_bank_address",
            "payquicker_m2eft_bank_name",
            "payquicker_m2eft_bank_number",
            "payquicker_m2eft_bic",
            "payquicker_m2eft_city",
            "payquicker_m2eft_description",
            "payquicker_m2eft_destination_country_code",
            "payquicker_m2eft_iban",
            "payquicker_m2eft_postal_code",
            "payquicker_m2eft_routing_number",
            "payquicker_m2m_accounting_id",
            "payquicker_m2m_email",
            "payquicker_m2m_recipient_must_be_verified",
            "payquicker_m2m_security_id_hint",
            "payquicker_m2m_security_id",
            "payquicker_m2papercheck_address1",
            "payquicker_m2papercheck_address2",
            "payquicker_m2papercheck_address3",
            "payquicker_m2papercheck_address4",
            "payquicker_m2papercheck_check_memo",
            "payquicker_m2papercheck_city",
            "payquicker_m2papercheck_destination_country_code",
            "payquicker_m2papercheck_postal_code",
            "payquicker_m2papercheck_recipient_name",
            "payquicker_m2papercheck_region",
            "payquicker_m2papercheck_return_address1",
            "payquicker_m2papercheck_return_address2",
            "payquicker_m2papercheck_return_address3",
            "payquicker_m2papercheck_return_city",
            "payquicker_m2papercheck_return_country_code",
            "payquicker_m2papercheck_return_postal_code",
            "payquicker_m2papercheck_return_region",
            "payquicker_method",
            "payquicker_usach_account_number",
            "payquicker_usach_account_type",
            "payquicker_usach_first_name",
            "payquicker_usach_last_name",
            "payquicker_usach_routing_number"
          ],
          "checks": {
            "payquicker_advanced_accounting_id": "integer",
            "payquicker_advanced_security_id": "integer",
            "payquicker_m2m_accounting_id": "integer",
            "payquicker_m2m_security_id": "integer"
          },
          "readOnly": ["affiliate_id"]
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
        {"name":"PaymentMethod","key":[],"fields":[]},
        {"name":"Payoneer","key":["affiliate_id"],"fields":["affiliate_id","payoneer_status"],"readOnly":["affiliate_id"]},
        {
          "name": "PayoutGroupGoal",
          "fields": ["cashflow_group_id","goal_id","id","percent","rate"],
          "checks": {"goal_id":"integer","percent":"decimal","rate":"decimal"},
          "readOnly": ["cashflow_group_id","id"]
        },
        {
          "name": "PayoutGroupOffer",
          "fields": ["cashflow_group_id","offer_id","id","percent","rate"],
          "checks": {"offer_id":"integer","percent":"decimal","rate":"decimal"},
          "readOnly": ["cashflow_group_id","id"]
        },
        {"name":"Paypal","key":["affiliate_id"],"fields":["affiliate_id","paypal_email","modified"],"readOnly":["affiliate_id"]},
        {"name":"Permission","fields":["id","name","description"],"required":["name","description"],"readOnly":["id"]},
        {
          "name": "Preference",
          "key": ["name"],
          "fields": ["name","value","encrypted","modified"],
          "manager": "preference",
          "required": ["value","encrypted"],
          "readOnly": ["name"]
        },
        {
          "name": "ReferralReport",
          "key": [],
          "fields": [
            "Advertiser.company",
            "AdvertiserManager.full_name",
            "Affiliate.company",
            "AffiliateManager.full_name",
            "Offer.name",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.count",
            "Stat.date",
            "Stat.offer_id",
            "Stat.source",
            "Stat.url"
          ],
          "numeric": [
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_id",
            "Stat.affiliate_manager_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.count",
            "Stat.offer_id"
          ],
          "dates": ["Stat.date"],
          "checks": {
            "Stat.advertiser_id": "integer",
            "Stat.advertiser_manager_id": "integer",
            "Stat.affiliate_id": "integer",
            "Stat.affiliate_manager_id": "integer",
            "Stat.clicks": "integer",
            "Stat.conversions": "integer",
            "Stat.count": "integer",
            "Stat.offer_id": "integer"
          },
          "readOnly": [
            "Advertiser.company",
            "AdvertiserManager.full_name",
            "Affiliate.company",
            "AffiliateManager.full_name",
            "Offer.name",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.count",
            "Stat.date",
            "Stat.offer_id",
            "Stat.source",
            "Stat.url"
          ]
        },
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
          "name": "RevenueGroupGoal",
          "fields": ["cashflow_group_id","goal_id","id","percent","rate"],
          "checks": {"goal_id":"integer","percent":"decimal","rate":"decimal"},
          "readOnly": ["cashflow_group_id","id"]
        },
        {
          "name": "RevenueGroupOffer",
          "fields": ["cashflow_group_id","offer_id","id","percent","rate"],
          "checks": {"offer_id":"integer","percent":"decimal","rate":"decimal"},
          "readOnly": ["cashflow_group_id","id"]
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
          "name": "ScheduledOfferChange",
          "fields": [
            "affiliate_id",
            "affiliate_tier_id",
            "created_utc",
            "employee_id",
            "goal_id",
            "id",
            "model",
            "modified_utc",
            "offer_id",
            "scheduled_job_id",
            "status",
            "type",
            "update_field",
            "update_time_utc",
            "update_value"
          ],
          "manager": "scheduledOfferChanges",
          "checks": {
            "affiliate_id": "integer",
            "affiliate_tier_id": "integer",
            "employee_id": "integer",
            "goal_id": "integer",
            "model": ["Offer","Goal","OfferPayout","OfferRevenue","AffiliateTierPayout","AffiliateTierRevenue"],
            "offer_id": "integer",
            "scheduled_job_id": "integer",
            "status": ["active","deleted","completed","failed"],
            "type": ["status","payout","revenue"],
            "update_field": ["status","default_payout","max_payout","percent_payout","max_percent_payout","rate","percent"]
          },
          "readOnly": ["created_utc","id","modified_utc","scheduled_job_id","type"]
        },
        {
          "name": "ServerLogsReport",
          "key": [],
          "fields": [
            "Affiliate.company",
            "ModSummaryLog.action",
            "ModSummaryLog.affiliate_id",
            "ModSummaryLog.count",
            "ModSummaryLog.country_code",
            "ModSummaryLog.date",
            "ModSummaryLog.message",
            "ModSummaryLog.offer_id",
            "ModSummaryLog.region",
            "ModSummaryLog.type",
            "Offer.name"
          ],
          "numeric": ["ModSummaryLog.affiliate_id","ModSummaryLog.count","ModSummaryLog.offer_id"],
          "dates": ["ModSummaryLog.date"],
          "checks": {
            "ModSummaryLog.action": ["ad","impression","click","conversion"],
            "ModSummaryLog.affiliate_id": "integer",
            "ModSummaryLog.count": "integer",
            "ModSummaryLog.offer_id": "integer",
            "ModSummaryLog.type": ["debug","notice","error"]
          },
          "readOnly": [
            "Affiliate.company",
            "ModSummaryLog.action",
            "ModSummaryLog.affiliate_id",
            "ModSummaryLog.count",
            "ModSummaryLog.country_code",
            "ModSummaryLog.date",
            "ModSummaryLog.message",
            "ModSummaryLog.offer_id",
            "ModSummaryLog.region",
            "ModSummaryLog.type",
            "Offer.name"
          ]
        },
        {
          "name": "SignupAnswer",
          "fields": ["answer","id","modified","question_id","ref_id","responder_id","responder_type","responder_user_id"],
          "required": ["question_id","responder_type"],
          "checks": {"question_id":"integer","ref_id":"integer","responder_id":"integer","responder_type":["affiliate","advertiser"],"responder_user_id":"integer"},
          "readOnly": ["id","modified","responder_user_id"]
        },
        {
          "name": "SignupQuestion",
          "fields": ["class","class_data","id","question","required","status","type","type_id"],
          "required": ["question","type"],
          "checks": {"class":["bool","select","textarea"],"question":"integer","status":["active","paused","deleted"],"type":["affiliate","offer"],"type_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "SimpleBrand",
          "fields": [
            "id",
            "network_id",
            "network_name",
            "hostname",
            "jump_hostname",
            "dev_hostname",
            "email",
            "has_verified_email",
            "has_database",
            "has_user",
            "is_current",
            "schema_version",
            "code_version",
            "shared_server",
            "activated",
            "network_type",
            "edition",
            "payment_cycle",
            "payment_price",
            "status",
            "has_offer",
            "jump_hostname_has_ssl",
            "volume_index",
            "under_maintenance",
            "created",
            "disable_tracking_monitor",
            "exchange_enabled",
            "reactivated_date",
            "referral_type",
            "stats_version",
            "referral_details",
            "db_stat_pool_id",
            "signup_code",
            "is_archived",
            "db_pool_id",
            "data_on_db_pool",
            "app_pool_id",
            "max_partition_date",
            "memcache_cluster",
            "ssh_port_start",
            "modified",
            "qproc_stats_target"
          ],
          "checks": {"network_id":"integer","db_stat_pool_id":"integer","db_pool_id":"integer","app_pool_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "SimpleConversion",
          "fields": [
            "id",
            "affiliate_id",
            "offer_id",
            "datetime",
            "payout",
            "revenue",
            "ad_id",
            "internal_ad_id",
            "advertiser_manager_id",
            "advertiser_id",
            "affiliate_manager_id",
            "goal_id",
            "creative_url_id",
            "customer_id",
            "source",
            "affiliate_info1",
            "affiliate_info2",
            "affiliate_info3",
            "affiliate_info4",
            "affiliate_info5",
            "advertiser_info",
            "session_datetime",
            "is_scrubed",
            "refer",
            "pixel_refer",
            "ip",
            "session_ip",
            "status",
            "status_code",
            "sale_amount",
            "user_agent",
            "country_code",
            "browser_id",
            "is_adjustment",
            "ad_campaign_id",
            "ad_campaign_creative_id",
            "offer_file_id",
            "payout_type",
            "revenue_type",
            "currency"
          ],
          "required": ["affiliate_id","offer_id","datetime","payout","revenue"],
          "checks": {
            "affiliate_id": "integer",
            "offer_id": "integer",
            "ad_id": "integer",
            "internal_ad_id": "integer",
            "advertiser_manager_id": "integer",
            "advertiser_id": "integer",
            "affiliate_manager_id": "integer",
            "goal_id": "integer",
            "creative_url_id": "integer",
            "customer_id": "integer",
            "browser_id": "integer",
            "ad_campaign_id": "integer",
            "ad_campaign_creative_id": "integer",
            "offer_file_id": "integer"
          },
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
        {
          "name": "StatReport",
          "key": [],
          "fields": [
            "AdCampaign.name",
            "Advertiser.company",
            "AdvertiserManager.full_name",
            "Affiliate.company",
            "Affiliate.re_id",
            "AffiliateManager.full_name",
            "Browser.display_name",
            "Category.id",
            "Category.name",
            "Country.name",
            "Goal.name",
            "Offer.display_advertiser",
            "Offer.name",
            "Offer.ref_id",
            "OfferFile.display",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "Stat.ad_campaign_creative_id",
            "Stat.ad_campaign_id",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_count",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.browser_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.count",
            "Stat.country_code",
            "Stat.cpa",
            "Stat.cpc",
            "Stat.cpm",
            "Stat.creative_url_id",
            "Stat.ctr",
            "Stat.date",
            "Stat.epc",
            "Stat.erpc",
            "Stat.goal_id",
            "Stat.gross_clicks",
            "Stat.gross_ctr",
            "Stat.hour",
            "Stat.impressions",
            "Stat.ltr",
            "Stat.month",
            "Stat.offer_count",
            "Stat.offer_file_id",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.payout_type",
            "Stat.profit",
            "Stat.revenue",
            "Stat.revenue_type",
            "Stat.rpa",
            "Stat.rpc",
            "Stat.rpm",
            "Stat.sale_amount",
            "Stat.source",
            "Stat.unique_clicks",
            "Stat.unique_ctr",
            "Stat.week",
            "Stat.year"
          ],
          "numeric": [
            "Category.id",
            "Stat.ad_campaign_creative_id",
            "Stat.ad_campaign_id",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_count",
            "Stat.affiliate_id",
            "Stat.affiliate_manager_id",
            "Stat.browser_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.count",
            "Stat.cpa",
            "Stat.cpc",
            "Stat.cpm",
            "Stat.creative_url_id",
            "Stat.ctr",
            "Stat.epc",
            "Stat.erpc",
            "Stat.goal_id",
            "Stat.gross_clicks",
            "Stat.gross_ctr",
            "Stat.hour",
            "Stat.impressions",
            "Stat.ltr",
            "Stat.month",
            "Stat.offer_count",
            "Stat.offer_file_id",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.profit",
            "Stat.revenue",
            "Stat.rpa",
            "Stat.rpc",
            "Stat.rpm",
            "Stat.sale_amount",
            "Stat.unique_clicks",
            "Stat.unique_ctr",
            "Stat.week",
            "Stat.year"
          ],
          "dates": ["Stat.date"],
          "checks": {
            "Category.id": "integer",
            "Stat.ad_campaign_creative_id": "integer",
            "Stat.ad_campaign_id": "integer",
            "Stat.advertiser_id": "integer",
            "Stat.advertiser_manager_id": "integer",
            "Stat.affiliate_count": "integer",
            "Stat.affiliate_id": "integer",
            "Stat.affiliate_manager_id": "integer",
            "Stat.browser_id": "integer",
            "Stat.clicks": "integer",
            "Stat.conversions": "integer",
            "Stat.count": "integer",
            "Stat.cpa": "decimal",
            "Stat.cpc": "decimal",
            "Stat.cpm": "decimal",
            "Stat.creative_url_id": "integer",
            "Stat.ctr": "decimal",
            "Stat.epc": "decimal",
            "Stat.erpc": "decimal",
            "Stat.goal_id": "integer",
            "Stat.gross_clicks": "integer",
            "Stat.gross_ctr": "decimal",
            "Stat.hour": "integer",
            "Stat.impressions": "integer",
            "Stat.ltr": "decimal",
            "Stat.month": "integer",
            "Stat.offer_count": "integer",
            "Stat.offer_file_id": "integer",
            "Stat.offer_id": "integer",
            "Stat.offer_url_id": "integer",
            "Stat.payout": "decimal",
            "Stat.payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.profit": "decimal",
            "Stat.revenue": "decimal",
            "Stat.revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.rpa": "decimal",
            "Stat.rpc": "decimal",
            "Stat.rpm": "decimal",
            "Stat.sale_amount": "decimal",
            "Stat.unique_clicks": "integer",
            "Stat.unique_ctr": "decimal",
            "Stat.week": "integer",
            "Stat.year": "integer"
          },
          "readOnly": [
            "AdCampaign.name",
            "Advertiser.company",
            "AdvertiserManager.full_name",
            "Affiliate.company",
            "Affiliate.re_id",
            "AffiliateManager.full_name",
            "Browser.display_name",
            "Category.id",
            "Category.name",
            "Country.name",
            "Goal.name",
            "Offer.display_advertiser",
            "Offer.name",
            "Offer.ref_id",
            "OfferFile.display",
            "OfferUrl.name",
            "OfferUrl.preview_url",
            "Stat.ad_campaign_creative_id",
            "Stat.ad_campaign_id",
            "Stat.advertiser_id",
            "Stat.advertiser_manager_id",
            "Stat.affiliate_count",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.browser_id",
            "Stat.clicks",
            "Stat.conversions",
            "Stat.count",
            "Stat.country_code",
            "Stat.cpa",
            "Stat.cpc",
            "Stat.cpm",
            "Stat.creative_url_id",
            "Stat.ctr",
            "Stat.date",
            "Stat.epc",
            "Stat.erpc",
            "Stat.goal_id",
            "Stat.gross_clicks",
            "Stat.gross_ctr",
            "Stat.hour",
            "Stat.impressions",
            "Stat.ltr",
            "Stat.month",
            "Stat.offer_count",
            "Stat.offer_file_id",
            "Stat.offer_id",
            "Stat.offer_url_id",
            "Stat.payout",
            "Stat.payout_type",
            "Stat.profit",
            "Stat.revenue",
            "Stat.revenue_type",
            "Stat.rpa",
            "Stat.rpc",
            "Stat.rpm",
            "Stat.sale_amount",
            "Stat.source",
            "Stat.unique_clicks",
            "Stat.unique_ctr",
            "Stat.week",
            "Stat.year"
          ]
        },
        {
          "name": "StaticApiKey",
          "fields": ["api_key","created","id","status","updated","user_id","user_type"],
          "manager": "apiKeys",
          "required": ["api_key","created","status","updated","user_id","user_type"],
          "checks": {"status":["active","pending","rejected"],"user_id":"integer","user_type":["affiliate"]},
          "readOnly": ["api_key","created","id","status","updated","user_id","user_type"]
        },
        {
          "name": "StatsAdjustmentLog",
          "fields": [
            "id",
            "action",
            "affiliate_id",
            "datetime",
            "offer_id",
            "payout_type",
            "quantity",
            "revenue_type",
            "type",
            "status",
            "advertiser_id",
            "advertiser_manager_id",
            "affiliate_manager_id",
            "created",
            "currency",
            "goal_id",
            "payout",
            "revenue"
          ],
          "required": ["action","affiliate_id","datetime","offer_id","payout_type","quantity","revenue_type","type"],
          "checks": {
            "affiliate_id": "integer",
            "offer_id": "integer",
            "advertiser_id": "integer",
            "advertiser_manager_id": "integer",
            "affiliate_manager_id": "integer",
            "goal_id": "integer"
          },
          "readOnly": ["id"]
        },
        {
          "name": "StatsAdjustments",
          "fields": [
            "id",
            "date",
            "hour",
            "offer_id",
            "advertiser_id",
            "advertiser_manager_id",
            "goal_id",
            "affiliate_id",
            "affiliate_manager_id",
            "payout_type",
            "revenue_type",
            "currency",
            "impressions",
            "unscrubed_impressions",
            "clicks",
            "unique_clicks",
            "unscrubed_clicks",
            "conversions",
            "unscrubed_conversions",
            "payout",
            "unscrubed_payout",
            "revenue",
            "unscrubed_revenue",
            "sale_amount",
            "unscrubed_sale_amount",
            "created",
            "creative_url_id",
            "offer_file_id",
            "ad_campaign_id",
            "ad_campaign_creative_id",
            "country_code",
            "browser_id",
            "sub",
            "affiliate_info1",
            "affiliate_info2",
            "affiliate_info3",
            "affiliate_info4",
            "affiliate_info5",
            "_hashed_info",
            "imported_stats",
            "imported_stats_detailed",
            "imported_stats_sub_detailed"
          ],
          "required": ["date","hour","offer_id"],
          "checks": {
            "offer_id": "integer",
            "advertiser_id": "integer",
            "advertiser_manager_id": "integer",
            "goal_id": "integer",
            "affiliate_id": "integer",
            "affiliate_manager_id": "integer",
            "creative_url_id": "integer",
            "offer_file_id": "integer",
            "ad_campaign_id": "integer",
            "ad_campaign_creative_id": "integer",
            "browser_id": "integer"
          },
          "readOnly": ["id"]
        },
        {
          "name": "StatsBilling",
          "fields": ["id","utc_datetime","affiliate_id","offer_file_id","impressions","clicks","conversions","cdn_xfer_bytes"],
          "checks": {"affiliate_id":"integer","offer_file_id":"integer"},
          "readOnly": ["id","utc_datetime","affiliate_id","offer_file_id","impressions","clicks","conversions","cdn_xfer_bytes"]
        },
        {
          "name": "SubscriptionReport",
          "key": [],
          "fields": [
            "Affiliate.company",
            "AffiliateManager.full_name",
            "CustomerList.name",
            "Offer.name",
            "Stat.advertiser_info",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.created",
            "Stat.customer_list_id",
            "Stat.end_date",
            "Stat.id",
            "Stat.offer_id",
            "Stat.payout_type",
            "Stat.pixel_refer",
            "Stat.provided_id",
            "Stat.refer",
            "Stat.revenue_type",
            "Stat.source",
            "Stat.start_date",
            "Stat.status"
          ],
          "numeric": ["Stat.affiliate_id","Stat.affiliate_manager_id","Stat.customer_list_id","Stat.id","Stat.offer_id"],
          "dates": ["Stat.end_date","Stat.start_date"],
          "checks": {
            "Stat.affiliate_id": "integer",
            "Stat.affiliate_manager_id": "integer",
            "Stat.customer_list_id": "integer",
            "Stat.id": "integer",
            "Stat.offer_id": "integer",
            "Stat.payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "Stat.status": ["active","deleted"]
          },
          "readOnly": [
            "Affiliate.company",
            "AffiliateManager.full_name",
            "CustomerList.name",
            "Offer.name",
            "Stat.advertiser_info",
            "Stat.affiliate_id",
            "Stat.affiliate_info1",
            "Stat.affiliate_info2",
            "Stat.affiliate_info3",
            "Stat.affiliate_info4",
            "Stat.affiliate_info5",
            "Stat.affiliate_manager_id",
            "Stat.created",
            "Stat.customer_list_id",
            "Stat.end_date",
            "Stat.id",
            "Stat.offer_id",
            "Stat.payout_type",
            "Stat.pixel_refer",
            "Stat.provided_id",
            "Stat.refer",
            "Stat.revenue_type",
            "Stat.source",
            "Stat.start_date",
            "Stat.status"
          ]
        },
        {
          "name": "Subscription",
          "fields": [
            "advertiser_info",
            "affiliate_id",
            "affiliate_info1",
            "affiliate_info2",
            "affiliate_info3",
            "affiliate_info4",
            "affiliate_info5",
            "affiliate_manager_id",
            "created",
            "currency",
            "customer_id",
            "customer_list_id",
            "end_date",
            "id",
            "offer_id",
            "payout",
            "payout_type",
            "pixel_refer",
            "provided_id",
            "refer",
            "revenue",
            "revenue_type",
            "sale_amount",
            "source",
            "start_date",
            "status",
            "is_scrubed"
          ],
          "legacy": ["is_scrubed"],
          "relations": [
            {"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false},
            {"name":"Offer","property":"offer","model":"Offer","many":false},
            {"name":"CustomerList","property":"customerList","model":"CustomerList","many":false}
          ],
          "required": ["customer_id"],
          "checks": {
            "affiliate_id": "integer",
            "affiliate_manager_id": "integer",
            "customer_id": "integer",
            "customer_list_id": "integer",
            "offer_id": "integer",
            "payout": "decimal",
            "payout_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "revenue": "decimal",
            "revenue_type": ["cpa_flat","cpa_percentage","cpa_both","cpc","cpm"],
            "sale_amount": "decimal",
            "status": ["active","deleted"]
          },
          "readOnly": ["created","id"]
        },
        {
          "name": "TagRelation",
          "fields": ["id","tag_id","offer_id","affiliate_id","advertiser_id"],
          "aliases": ["OffersTags","AffiliatesTags","AdvertisersTags"],
          "checks": {"tag_id":"integer","offer_id":"integer","affiliate_id":"integer","advertiser_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "Tag",
          "display": "name",
          "fields": ["id","name"],
          "aliases": ["OfferTag","AdvertiserTag","AffiliateTag"],
          "manager": "tags",
          "required": ["name"],
          "readOnly": ["id"]
        },
        {
          "name": "TargetRuleOffer",
          "fields": ["id","action","offer_id","rule_id"],
          "required": ["action","offer_id","rule_id"],
          "checks": {"offer_id":"integer","rule_id":"integer"},
          "readOnly": ["id"]
        },
        {
          "name": "TargetRule",
          "fields": [
            "category",
            "description",
            "id",
            "name",
            "req_affiliate_info1",
            "req_affiliate_info2",
            "req_affiliate_info3",
            "req_affiliate_info4",
            "req_affiliate_info5",
            "req_browser_name",
            "req_browser_version",
            "req_connection_speed",
            "req_device_brand",
            "req_device_marketing_name",
            "req_device_model",
            "req_device_os",
            "req_device_os_version",
            "req_language",
            "req_mobile_carrier",
            "req_user_agent",
            "source"
          ],
          "manager": "offerTargetings",
          "required": ["name","source"],
          "checks": {"source":["preset","brand"]},
          "readOnly": ["category","id","source"]
        },
        {"name":"TimeZone","fields":["id","location","gmt","keyword"],"required":["location","gmt","keyword"],"readOnly":["id"]},
        {
          "name": "TinyUrl",
          "fields": ["action","affiliate_id","hash","id","offer_id","redirect","short_url"],
          "relations": [{"name":"Offer","property":"offer","model":"Offer","many":false},{"name":"Affiliate","property":"affiliate","model":"Affiliate","many":false}],
          "manager": "tinyUrls",
          "required": ["action","hash","offer_id","redirect"],
          "checks": {
            "action": ["Goal Impression","Goal Click","Goal Postback","Goal Mobile Postback","Goal Pixel","Click","Offer Pixel","Offer Postback","Offer Mobile Postback"],
            "affiliate_id": "integer",
            "offer_id": "integer"
          },
          "readOnly": ["action","affiliate_id","hash","id","offer_id","short_url"]
        },
        {
          "name": "UserIp",
          "fields": ["brand_id","failed_logins","first_login","id","ip_address","last_login","login_type","user_type","user_type_id","valid_logins"],
          "required": ["brand_id","ip_address","login_type","user_type","user_type_id"],
          "checks": {
            "brand_id": "integer",
            "failed_logins": "integer",
            "login_type": ["browser","api"],
            "user_type": ["affiliate_user","advertiser_user","employee"],
            "user_type_id": "integer",
            "valid_logins": "integer"
          },
          "readOnly": ["brand_id","failed_logins","first_login","id","ip_address","last_login","login_type","user_type","user_type_id","valid_logins"]
        },
        {"name":"UserPreferences","fields":["id","user_id","type","name","value"],"required":["user_id","type"],"checks":{"user_id":"integer"},"readOnly":["id"]},
        {
          "name": "VatRate",
          "fields": ["code","created","id","modified","name","rate"],
          "manager": "vatRates",
          "required": ["code","name","rate"],
          "checks": {"rate":"decimal"},
          "readOnly": ["created","id","modified"]
        },
        {
          "name": "Wire",
          "key": ["affiliate_id"],
          "fields": ["affiliate_id","wire_beneficiary_name","wire_account_number","wire_bank_name","wire_routing_number","wire_other_details","wire_modified"],
          "readOnly": ["affiliate_id","wire_modified"]
        }
      ]
    });
