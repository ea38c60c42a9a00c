// GENERATED FILE - DO NOT EDIT.
// Written by `npm run codegen` from every schema/*.yaml.
// Change the YAML under schema/ and run the command again.

import type { ApiTable } from "../src/runtime/spec.js";
/** Controllers, methods and models: the data the runtime in src/runtime interprets. */
export const API_TABLE: ApiTable = {
      "controllers": [
        {
          "target": "Advertiser",
          "manager": "advertisers",
          "model": "Advertiser",
          "source": "schema/advertiser.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            },
            {
              "name": "findAllIds",
              "method": "findAllIds",
              "kind": "find",
              "params": [],
              "result": "raw",
              "safe": true
            },
            {
              "name": "block",
              "method": "block",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "reason",
                  "type": "string",
                  "required": false
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id"
            }
          ]
        },
        {
          "target": "AffiliateUser",
          "manager": "affiliateUsers",
          "model": "AffiliateUser",
          "source": "schema/affiliate-user.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "delete",
              "method": "update",
              "kind": "delete",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            },
            {
              "name": "findAllIds",
              "method": "findAllIds",
              "kind": "find",
              "params": [],
              "result": "raw",
              "safe": true
            }
          ]
        },
        {
          "target": "Affiliate",
          "manager": "affiliates",
          "model": "Affiliate",
          "source": "schema/affiliate.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "delete",
              "method": "update",
              "kind": "delete",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            },
            {
              "name": "findAllIds",
              "method": "findAllIds",
              "kind": "find",
              "params": [],
              "result": "raw",
              "safe": true
            },
            {
              "name": "createWithUser",
              "method": "createWithUser",
              "kind": "call",
              "params": [
                {
                  "name": "user",
                  "type": "object",
                  "required": true
                },
                {
                  "name": "data",
                  "type": "object",
                  "required": true
                }
              ],
              "result": "model",
              "safe": false,
              "custom": true
            },
            {
              "name": "block",
              "method": "block",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "reason",
                  "type": "string",
                  "required": false
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "getOfferFilesWithCreativeCode",
              "method": "getOfferFilesWithCreativeCode",
              "target": "Offer",
              "kind": "call",
              "params": [
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "offer_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "OfferFile",
              "safe": true,
              "instance": "affiliate_id"
            }
          ]
        },
        {
          "target": "Application",
          "manager": "application",
          "model": "Application",
          "source": "schema/application.yaml",
          "methods": [
            {
              "name": "findAllOfferCategories",
              "method": "findAllOfferCategories",
              "kind": "find",
              "params": [],
              "result": "models",
              "model": "OfferCategory",
              "safe": true
            },
            {
              "name": "findAllOfferCategoryOfferIds",
              "method": "findAllOfferCategoryOfferIds",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": true
            },
            {
              "name": "updateOfferCategory",
              "method": "updateOfferCategory",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "data",
                  "type": "object",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id",
              "instanceOf": "OfferCategory",
              "instanceName": "update"
            }
          ]
        },
        {
          "target": "Conversion",
          "manager": "conversions",
          "model": "Conversion",
          "source": "schema/conversion.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            }
          ]
        },
        {
          "target": "Country",
          "manager": "countries",
          "model": "Country",
          "source": "schema/country.yaml",
          "methods": []
        },
        {
          "target": "Goal",
          "manager": "goals",
          "model": "Goal",
          "source": "schema/goal.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            }
          ]
        },
        {
          "target": "OfferFile",
          "manager": "offerFiles",
          "model": "OfferFile",
          "source": "schema/offer-file.yaml",
          "methods": [
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "delete",
              "method": "update",
              "kind": "delete",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            },
            {
              "name": "findAllIds",
              "method": "findAllIds",
              "kind": "find",
              "params": [],
              "result": "raw",
              "safe": true
            },
            {
              "name": "create",
              "method": "create",
              "kind": "call",
              "params": [
                {
                  "name": "file",
                  "type": "file",
                  "required": true
                },
                {
                  "name": "data",
                  "type": "fields",
                  "required": true
                }
              ],
              "result": "model",
              "safe": false,
              "custom": true
            }
          ]
        },
        {
          "target": "Offer",
          "manager": "offers",
          "model": "Offer",
          "source": "schema/offer.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            },
            {
              "name": "findAllIds",
              "method": "findAllIds",
              "kind": "find",
              "params": [],
              "result": "raw",
              "safe": true
            },
            {
              "name": "addTargetCountry",
              "method": "addTargetCountry",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "country_code",
                  "type": "string",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "getTargetCountries",
              "method": "getTargetCountries",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "Country",
              "safe": true,
              "instance": "id"
            },
            {
              "name": "addCategory",
              "method": "addCategory",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "category_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "getCategories",
              "method": "getCategories",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "OfferCategory",
              "safe": true,
              "instance": "id"
            },
            {
              "name": "blockAffiliate",
              "method": "blockAffiliate",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "unblockAffiliate",
              "method": "unblockAffiliate",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "getOfferFilesWithCreativeCode",
              "method": "getOfferFilesWithCreativeCode",
              "kind": "call",
              "params": [
                {
                  "name": "offer_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "OfferFile",
              "safe": true,
              "instance": "offer_id"
            },
            {
              "name": "setAffiliateApprovalStatus",
              "method": "setAffiliateApproval",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "status",
                  "type": "string",
                  "required": true
                }
              ],
              "result": "model",
              "model": "AffiliateOffer",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "getAffiliateApprovalStatus",
              "method": "getAffiliateApprovalStatus",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": true,
              "instance": "id"
            },
            {
              "name": "getBlockedAffiliateIds",
              "method": "getBlockedAffiliateIds",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": true,
              "instance": "id"
            },
            {
              "name": "getApprovedAffiliateIds",
              "method": "getApprovedAffiliateIds",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": true,
              "instance": "id"
            },
            {
              "name": "getUnapprovedAffiliateIds",
              "method": "getUnapprovedAffiliateIds",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": true,
              "instance": "id"
            },
            {
              "name": "generateTrackingLink",
              "method": "generateTrackingLink",
              "kind": "call",
              "params": [
                {
                  "name": "offer_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "options",
                  "type": "trackingLinkOptions",
                  "required": false
                }
              ],
              "result": "raw",
              "safe": true,
              "instance": "offer_id",
              "custom": true
            },
            {
              "name": "findAllAffiliateApprovals",
              "method": "findAllAffiliateApprovals",
              "kind": "find",
              "params": [],
              "result": "models",
              "model": "AffiliateOffer",
              "safe": true,
              "instance": "offer_id"
            }
          ]
        },
        {
          "target": "Tag",
          "manager": "tags",
          "model": "Tag",
          "source": "schema/tag.yaml",
          "methods": [
            {
              "name": "create",
              "method": "create",
              "kind": "create",
              "params": [],
              "result": "model",
              "safe": false
            },
            {
              "name": "update",
              "method": "update",
              "kind": "update",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "delete",
              "method": "update",
              "kind": "delete",
              "params": [],
              "result": "model",
              "safe": false,
              "instance": "id"
            },
            {
              "name": "findById",
              "method": "findById",
              "kind": "findById",
              "params": [],
              "result": "model",
              "safe": true
            },
            {
              "name": "findAll",
              "method": "findAll",
              "kind": "find",
              "params": [],
              "result": "models",
              "safe": true
            },
            {
              "name": "findAllOfferTagRelations",
              "method": "findAllOfferTagRelations",
              "kind": "find",
              "params": [],
              "result": "models",
              "model": "TagRelation",
              "safe": true
            },
            {
              "name": "findAllAffiliateTagRelations",
              "method": "findAllAffiliateTagRelations",
              "kind": "find",
              "params": [],
              "result": "models",
              "model": "TagRelation",
              "safe": true
            },
            {
              "name": "findAllAdvertiserTagRelations",
              "method": "findAllAdvertiserTagRelations",
              "kind": "find",
              "params": [],
              "result": "models",
              "model": "TagRelation",
              "safe": true
            },
            {
              "name": "addToOffer",
              "method": "addToOffer",
              "kind": "call",
              "params": [
                {
                  "name": "tag_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "offer_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "model",
              "model": "TagRelation",
              "safe": false,
              "instance": "tag_id"
            },
            {
              "name": "addToAffiliate",
              "method": "addToAffiliate",
              "kind": "call",
              "params": [
                {
                  "name": "tag_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "model",
              "model": "TagRelation",
              "safe": false,
              "instance": "tag_id"
            },
            {
              "name": "addToAdvertiser",
              "method": "addToAdvertiser",
              "kind": "call",
              "params": [
                {
                  "name": "tag_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "advertiser_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "model",
              "model": "TagRelation",
              "safe": false,
              "instance": "tag_id"
            },
            {
              "name": "removeFromOffer",
              "method": "removeFromOffer",
              "kind": "call",
              "params": [
                {
                  "name": "tag_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "offer_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "model": "TagRelation",
              "safe": false,
              "instance": "tag_id"
            },
            {
              "name": "removeFromAffiliate",
              "method": "removeFromAffiliate",
              "kind": "call",
              "params": [
                {
                  "name": "tag_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "model": "TagRelation",
              "safe": false,
              "instance": "tag_id"
            },
            {
              "name": "removeFromAdvertiser",
              "method": "removeFromAdvertiser",
              "kind": "call",
              "params": [
                {
                  "name": "tag_id",
                  "type": "integer",
                  "required": true
                },
                {
                  "name": "advertiser_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "model": "TagRelation",
              "safe": false,
              "instance": "tag_id"
            },
            {
              "name": "setForOffer",
              "method": "setForOffer",
              "kind": "call",
              "params": [
                {
                  "name": "tag_ids",
                  "type": "array",
                  "required": true
                },
                {
                  "name": "offer_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "TagRelation",
              "safe": false
            },
            {
              "name": "setForAffiliate",
              "method": "setForAffiliate",
              "kind": "call",
              "params": [
                {
                  "name": "tag_ids",
                  "type": "array",
                  "required": true
                },
                {
                  "name": "affiliate_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "TagRelation",
              "safe": false
            },
            {
              "name": "setForAdvertiser",
              "method": "setForAdvertiser",
              "kind": "call",
              "params": [
                {
                  "name": "tag_ids",
                  "type": "array",
                  "required": true
                },
                {
                  "name": "advertiser_id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "models",
              "model": "TagRelation",
              "safe": false
            },
            {
              "name": "removeFromOfferByRelationalId",
              "method": "removeFromOfferByRelationalId",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false
            },
            {
              "name": "removeFromAffiliateByRelationalId",
              "method": "removeFromAffiliateByRelationalId",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false
            },
            {
              "name": "removeFromAdvertiserByRelationalId",
              "method": "removeFromAdvertiserByRelationalId",
              "kind": "call",
              "params": [
                {
                  "name": "id",
                  "type": "integer",
                  "required": true
                }
              ],
              "result": "raw",
              "safe": false
            }
          ]
        }
      ],
      "models": [
        {
          "name": "Advertiser",
          "display": "company",
          "fields": [
            "id",
            "account_manager_id",
            "company",
            "address1",
            "address2",
            "city",
            "region",
            "country",
            "other",
            "zipcode",
            "phone",
            "fax",
            "website",
            "signup_ip",
            "date_added",
            "status",
            "wants_alerts",
            "ref_id",
            "modified",
            "conversion_security_token",
            "tmp_token",
            "SHARED_Network_Map_id",
            "SHARED_Accounts_id",
            "AFFILIATE_NETWORK_Brands_id",
            "_NETWORK_affiliate_id",
            "_NETWORK_affiliate_status",
            "_NETWORK_brand_active",
            "expose_subs"
          ],
          "relations": [
            {
              "name": "Stat",
              "property": "stat",
              "model": "Stat",
              "many": false
            },
            {
              "name": "AccountManager",
              "property": "accountManager",
              "model": "Employee",
              "many": false
            },
            {
              "name": "CreatorUser",
              "property": "creatorUser",
              "model": "AdvertiserUser",
              "many": false
            },
            {
              "name": "AdvertiserUser",
              "property": "advertiserUser",
              "model": "AdvertiserUser",
              "many": true
            },
            {
              "name": "AccountBalance",
              "property": "accountBalance",
              "model": "AdvertiserAccountBalance",
              "many": false
            },
            {
              "name": "Currency",
              "property": "currency",
              "model": "AdvertiserCurrencyBalance",
              "many": true
            },
            {
              "name": "AdvertiserMeta",
              "property": "advertiserMeta",
              "model": "AdvertiserMeta",
              "many": true
            }
          ],
          "related": [],
          "aliases": [],
          "manager": "advertisers",
          "checks": {
            "account_manager_id": "integer",
            "status": [
              "active",
              "pending",
              "blocked",
              "deleted",
              "rejected"
            ],
            "ref_id": "integer",
            "SHARED_Network_Map_id": "integer",
            "SHARED_Accounts_id": "integer",
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "_NETWORK_affiliate_id": "integer"
          }
        },
        {
          "name": "AffiliateUser",
          "display": "id",
          "fields": [
            "id",
            "affiliate_id",
            "join_date",
            "email",
            "password",
            "salt",
            "status",
            "wants_alerts",
            "first_name",
            "last_name",
            "phone",
            "cell_phone",
            "title",
            "last_login",
            "permissions",
            "modified"
          ],
          "relations": [
            {
              "name": "Affiliate",
              "property": "affiliate",
              "model": "Affiliate",
              "many": false
            }
          ],
          "related": [],
          "aliases": [],
          "manager": "affiliateUsers",
          "required": [
            "affiliate_id",
            "join_date",
            "email",
            "password",
            "salt"
          ],
          "checks": {
            "affiliate_id": "integer",
            "status": [
              "active",
              "blocked",
              "deleted"
            ]
          }
        },
        {
          "name": "Affiliate",
          "display": "id",
          "fields": [
            "id",
            "account_manager_id",
            "company",
            "address1",
            "address2",
            "city",
            "region",
            "country",
            "other",
            "zipcode",
            "phone",
            "fax",
            "website",
            "signup_ip",
            "date_added",
            "status",
            "wants_alerts",
            "payment_method",
            "method_data",
            "payment_terms",
            "w9_filed",
            "referral_id",
            "affiliate_tier_id",
            "fraud_activity_score",
            "fraud_profile_score",
            "fraud_activity_alert_threshold",
            "fraud_activity_block_threshold",
            "fraud_profile_alert_threshold",
            "fraud_profile_block_threshold",
            "scrub_offer_pixels",
            "ref_id",
            "modified",
            "fraud_risk_tier"
          ],
          "relations": [
            {
              "name": "AffiliateCommission",
              "property": "affiliateCommission",
              "model": "AffiliateReferralCommission",
              "many": true
            },
            {
              "name": "AffiliateReferral",
              "property": "affiliateReferral",
              "model": "Affiliate",
              "many": true
            },
            {
              "name": "AccountManager",
              "property": "accountManager",
              "model": "Employee",
              "many": false
            },
            {
              "name": "CreatorUser",
              "property": "creatorUser",
              "model": "AffiliateUser",
              "many": false
            },
            {
              "name": "AffiliateUser",
              "property": "affiliateUser",
              "model": "AffiliateUser",
              "many": true
            },
            {
              "name": "PaymentMethod",
              "property": "paymentMethod",
              "model": "PaymentMethod",
              "many": false
            },
            {
              "name": "AffiliateMeta",
              "property": "affiliateMeta",
              "model": "AffiliateMeta",
              "many": true
            },
            {
              "name": "AccountBalance",
              "property": "accountBalance",
              "model": "AffiliateAccountBalance",
              "many": false
            },
            {
              "name": "Currency",
              "property": "currency",
              "model": "AffiliateCurrencyBalance",
              "many": true
            },
            {
              "name": "Stat",
              "property": "stat",
              "model": "Stat",
              "many": false
            }
          ],
          "related": [
            {
              "property": "files",
              "manager": "offerFiles",
              "via": "account_id"
            },
            {
              "property": "user",
              "manager": "affiliateUsers",
              "via": "affiliate_id",
              "first": true
            }
          ],
          "aliases": [],
          "manager": "affiliates",
          "checks": {
            "account_manager_id": "integer",
            "status": [
              "pending",
              "active",
              "blocked",
              "deleted",
              "rejected"
            ],
            "referral_id": "integer",
            "affiliate_tier_id": "integer",
            "ref_id": "integer"
          }
        },
        {
          "name": "Application",
          "display": "id",
          "fields": [
            "id"
          ],
          "relations": [],
          "related": [],
          "aliases": [],
          "manager": "application"
        },
        {
          "name": "OfferCategory",
          "display": "id",
          "fields": [
            "id",
            "name",
            "status",
            "date_updated",
            "date_created",
            "offer_count"
          ],
          "relations": [],
          "related": [],
          "aliases": [],
          "manager": "application",
          "required": [
            "name"
          ],
          "checks": {
            "status": [
              "active",
              "deleted"
            ]
          }
        },
        {
          "name": "Conversion",
          "display": "id",
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
          "relations": [
            {
              "name": "Advertiser",
              "property": "advertiser",
              "model": "Advertiser",
              "many": false
            },
            {
              "name": "AdvertiserManager",
              "property": "advertiserManager",
              "model": "Employee",
              "many": false
            },
            {
              "name": "Affiliate",
              "property": "affiliate",
              "model": "Affiliate",
              "many": false
            },
            {
              "name": "AffiliateManager",
              "property": "affiliateManager",
              "model": "Employee",
              "many": false
            },
            {
              "name": "Browser",
              "property": "browser",
              "model": "Browser",
              "many": true
            },
            {
              "name": "ConversionMeta",
              "property": "conversionMeta",
              "model": "ConversionMeta",
              "many": true
            },
            {
              "name": "Country",
              "property": "country",
              "model": "Country",
              "many": true
            },
            {
              "name": "CustomerList",
              "property": "customerList",
              "model": "CustomerList",
              "many": false
            },
            {
              "name": "Offer",
              "property": "offer",
              "model": "Offer",
              "many": false
            },
            {
              "name": "OfferFile",
              "property": "offerFile",
              "model": "OfferFile",
              "many": false
            },
            {
              "name": "OfferUrl",
              "property": "offerUrl",
              "model": "OfferUrl",
              "many": false
            },
            {
              "name": "AdCampaign",
              "property": "adCampaign",
              "model": "AdCampaign",
              "many": false
            },
            {
              "name": "AdCampaignCreative",
              "property": "adCampaignCreative",
              "model": "AdCampaignCreative",
              "many": false
            },
            {
              "name": "RingRevenue",
              "property": "ringRevenue",
              "model": "RingRevenue",
              "many": false
            }
          ],
          "related": [],
          "aliases": [],
          "manager": "conversions",
          "required": [
            "affiliate_id",
            "offer_id",
            "datetime",
            "payout",
            "revenue"
          ],
          "checks": {
            "affiliate_id": "integer",
            "offer_id": "integer",
            "payout": "decimal",
            "revenue": "decimal",
            "ad_id": "integer",
            "internal_ad_id": "integer",
            "advertiser_manager_id": "integer",
            "advertiser_id": "integer",
            "affiliate_manager_id": "integer",
            "goal_id": "integer",
            "creative_url_id": "integer",
            "customer_id": "integer",
            "status": [
              "approved",
              "pending",
              "rejected"
            ],
            "status_code": "integer",
            "sale_amount": "decimal",
            "browser_id": "integer",
            "ad_campaign_id": "integer",
            "ad_campaign_creative_id": "integer",
            "offer_file_id": "integer",
            "payout_type": [
              "cpa_flat",
              "cpa_percentage",
              "cpa_both",
              "cpc",
              "cpm"
            ],
            "revenue_type": [
              "cpa_flat",
              "cpa_percentage",
              "cpa_both",
              "cpc",
              "cpm"
            ]
          }
        },
        {
          "name": "Country",
          "display": "code",
          "fields": [
            "id",
            "code",
            "name",
            "is_active",
            "paypal_code",
            "regions"
          ],
          "relations": [],
          "related": [],
          "aliases": [],
          "manager": "countries",
          "required": [
            "code",
            "name",
            "is_active",
            "paypal_code"
          ]
        },
        {
          "name": "Goal",
          "display": "id",
          "fields": [
            "id",
            "name",
            "offer_id",
            "description",
            "status",
            "is_private",
            "payout_type",
            "default_payout",
            "percent_payout",
            "revenue_type",
            "max_payout",
            "max_percent_payout",
            "tiered_payout",
            "tiered_revenue",
            "advertiser_id",
            "display_advertiser",
            "protocol",
            "allow_multiple_conversions",
            "is_end_point",
            "approve_conversions",
            "enforce_encrypt_tracking_pixels",
            "network_brand_id",
            "network_goal_id",
            "modified",
            "use_payout_groups",
            "use_revenue_groups",
            "ref_id"
          ],
          "relations": [
            {
              "name": "Offer",
              "property": "offer",
              "model": "Offer",
              "many": false
            },
            {
              "name": "Advertiser",
              "property": "advertiser",
              "model": "Advertiser",
              "many": false
            },
            {
              "name": "Stat",
              "property": "stat",
              "model": "Stat",
              "many": false
            },
            {
              "name": "AffiliateTierPayout",
              "property": "affiliateTierPayout",
              "model": "AffiliateTierPayout",
              "many": true
            },
            {
              "name": "AffiliateTierRevenue",
              "property": "affiliateTierRevenue",
              "model": "AffiliateTierRevenue",
              "many": true
            }
          ],
          "related": [],
          "aliases": [],
          "manager": "goals",
          "checks": {
            "offer_id": "integer",
            "status": [
              "active",
              "deleted"
            ],
            "payout_type": [
              "cpa_flat",
              "cpa_percentage",
              "cpa_both",
              "cpc",
              "cpm"
            ],
            "default_payout": "decimal",
            "percent_payout": "decimal",
            "revenue_type": [
              "cpa_flat",
              "cpa_percentage",
              "cpa_both",
              "cpc",
              "cpm"
            ],
            "max_payout": "decimal",
            "max_percent_payout": "decimal",
            "advertiser_id": "integer",
            "network_brand_id": "integer",
            "network_goal_id": "integer",
            "ref_id": "integer"
          }
        },
        {
          "name": "OfferFile",
          "display": "filename",
          "fields": [
            "id",
            "offer_id",
            "display",
            "type",
            "filename",
            "size",
            "status",
            "width",
            "height",
            "code",
            "flash_vars",
            "interface",
            "account_id",
            "is_private",
            "created",
            "modified",
            "url",
            "preview_uri",
            "thumbnail"
          ],
          "relations": [
            {
              "name": "Offer",
              "property": "offer",
              "model": "Offer",
              "many": false
            },
            {
              "name": "CreativeCode",
              "property": "creativeCode",
              "model": "CreativeCode",
              "many": false,
              "scalar": true
            },
            {
              "name": "Stat",
              "property": "stat",
              "model": "Stat",
              "many": false
            }
          ],
          "related": [],
          "aliases": [
            "Thumbnail"
          ],
          "manager": "offerFiles",
          "required": [
            "offer_id",
            "display",
            "type"
          ],
          "checks": {
            "offer_id": "integer",
            "type": [
              "file",
              "image banner",
              "flash banner",
              "email creative",
              "offer thumbnail",
              "text ad",
              "html ad",
              "xml feed",
              "hidden"
            ],
            "size": "integer",
            "status": [
              "active",
              "pending",
              "deleted"
            ],
            "width": "integer",
            "height": "integer",
            "account_id": "integer"
          }
        },
        {
          "name": "Offer",
          "display": "name",
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
            "use_target_rules",
            "enforce_secure_tracking_link",
            "use_payout_groups",
            "use_revenue_groups",
            "website_links_copy_static_params",
            "create_date_utc",
            "lifetime_revenue_cap",
            "lifetime_conversion_cap",
            "lifetime_payout_cap",
            "is_expired",
            "dne_download_url",
            "dne_unsubscribe_url",
            "dne_third_party_list"
          ],
          "relations": [
            {
              "name": "Country",
              "property": "country",
              "model": "Country",
              "many": true
            },
            {
              "name": "Browser",
              "property": "browser",
              "model": "Browser",
              "many": true
            },
            {
              "name": "OfferCategory",
              "property": "offerCategory",
              "model": "OfferCategory",
              "many": true
            },
            {
              "name": "OfferGroup",
              "property": "offerGroup",
              "model": "OfferGroup",
              "many": true
            },
            {
              "name": "Advertiser",
              "property": "advertiser",
              "model": "Advertiser",
              "many": false
            },
            {
              "name": "Thumbnail",
              "property": "thumbnail",
              "model": "OfferFile",
              "many": false
            },
            {
              "name": "OfferUrl",
              "property": "offerUrl",
              "model": "OfferUrl",
              "many": true
            },
            {
              "name": "Stat",
              "property": "stat",
              "model": "Stat",
              "many": false
            },
            {
              "name": "Subscription",
              "property": "subscription",
              "model": "CustomerList",
              "many": false
            },
            {
              "name": "AffiliateTierPayout",
              "property": "affiliateTierPayout",
              "model": "AffiliateTierPayout",
              "many": true
            },
            {
              "name": "AffiliateTierRevenue",
              "property": "affiliateTierRevenue",
              "model": "AffiliateTierRevenue",
              "many": true
            },
            {
              "name": "Hostname",
              "property": "hostname",
              "model": "Hostname",
              "many": true
            },
            {
              "name": "TrackingLink",
              "property": "trackingLink",
              "model": "TrackingLink",
              "many": false,
              "scalar": true
            },
            {
              "name": "Goal",
              "property": "goal",
              "model": "Goal",
              "many": true
            }
          ],
          "related": [
            {
              "property": "conversions",
              "manager": "conversions",
              "via": "offer_id"
            },
            {
              "property": "files",
              "manager": "offerFiles",
              "via": "offer_id"
            }
          ],
          "aliases": [],
          "manager": "offers",
          "required": [
            "expiration_date",
            "name",
            "offer_url",
            "preview_url"
          ],
          "checks": {
            "advertiser_id": "integer",
            "conversion_cap": "integer",
            "converted_offer_id": "integer",
            "customer_list_id": "integer",
            "default_payout": "decimal",
            "dne_list_id": "integer",
            "hostname_id": "integer",
            "max_payout": "decimal",
            "max_percent_payout": "decimal",
            "monthly_conversion_cap": "decimal",
            "monthly_payout_cap": "decimal",
            "monthly_revenue_cap": "decimal",
            "payout_cap": "decimal",
            "payout_type": [
              "cpa_flat",
              "cpa_percentage",
              "cpa_both",
              "cpc",
              "cpm"
            ],
            "percent_payout": "decimal",
            "redirect_offer_id": "integer",
            "ref_id": "integer",
            "revenue_cap": "decimal",
            "revenue_type": [
              "cpa_flat",
              "cpa_percentage",
              "cpa_both",
              "cpc",
              "cpm"
            ],
            "session_hours": "integer",
            "session_impression_hours": "integer",
            "status": [
              "active",
              "paused",
              "pending",
              "expired",
              "deleted"
            ],
            "AFFILIATE_NETWORK_Brands_id": "integer",
            "SHARED_Advertiser_Offers_id": "integer",
            "SHARED_Affiliate_Offers_id": "integer",
            "SHARED_Offers_id": "integer",
            "_NETWORK_offer_id": "integer",
            "_NETWORK_dne_list_id": "integer",
            "lifetime_revenue_cap": "decimal",
            "lifetime_conversion_cap": "decimal",
            "lifetime_payout_cap": "decimal"
          }
        },
        {
          "name": "AffiliateOffer",
          "display": "approval_status",
          "fields": [
            "id",
            "affiliate_id",
            "offer_id",
            "approval_status",
            "agreed_terms_and_conditions",
            "approval_notes",
            "hostname_id",
            "_NETWORK_offer_id"
          ],
          "relations": [
            {
              "name": "Affiliate",
              "property": "affiliate",
              "model": "Affiliate",
              "many": false
            },
            {
              "name": "Offer",
              "property": "offer",
              "model": "Offer",
              "many": false
            }
          ],
          "related": [],
          "aliases": [],
          "manager": "offers",
          "required": [
            "affiliate_id",
            "offer_id"
          ],
          "checks": {
            "affiliate_id": "integer",
            "offer_id": "integer",
            "approval_status": [
              "approved",
              "pending",
              "rejected"
            ],
            "hostname_id": "integer",
            "_NETWORK_offer_id": "integer"
          }
        },
        {
          "name": "Tag",
          "display": "name",
          "fields": [
            "id",
            "name"
          ],
          "relations": [],
          "related": [],
          "aliases": [
            "OfferTag",
            "AdvertiserTag",
            "AffiliateTag"
          ],
          "manager": "tags",
          "required": [
            "name"
          ]
        },
        {
          "name": "TagRelation",
          "display": "id",
          "fields": [
            "id",
            "tag_id",
            "offer_id",
            "affiliate_id",
            "advertiser_id"
          ],
          "relations": [],
          "related": [],
          "aliases": [
            "OffersTags",
            "AffiliatesTags",
            "AdvertisersTags"
          ],
          "manager": "tags",
          "checks": {
            "tag_id": "integer",
            "offer_id": "integer",
            "affiliate_id": "integer",
            "advertiser_id": "integer"
          }
        }
      ]
    };
