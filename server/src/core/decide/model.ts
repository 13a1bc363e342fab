/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 18,
  "agreeing": {
    "bias": -3.4385,
    "weights": {
      "coverage": 3.3296,
      "coverageHere": 0.6031,
      "coverageGap": -1.7082,
      "closeness": 1.0474,
      "localBefore": 0.7424,
      "localAfter": -0.326,
      "bestLocal": 2.0268,
      "siblingAgrees": 0,
      "headMatch": 0.4193,
      "headCosine": -0.9914,
      "headDistinct": -0.7074,
      "headMismatch": -1.1654,
      "headInSentence": 1.1411,
      "headMissing": 0.2194,
      "noHeads": 0.9422,
      "leadCoverage": -0.7548,
      "leadMatch": -0.152,
      "subjectMatch": 2.0547,
      "subjectHere": -0.5962,
      "subjectClash": -1.584,
      "yearMatch": 0.3145,
      "yearClash": -2.3882,
      "periodClash": 0,
      "roleClash": -1.7016,
      "rateClash": 0,
      "partClash": -0.563,
      "timeLike": -0.325,
      "agrees": 0,
      "sameValue": 0.4918,
      "specificAgree": 0.7829,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.115,
      "corpusSize": -0.4498
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0947,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7625,
          "below": 0.0318,
          "above": -0.0239
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0932,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0208,
          "above": -0.0504
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0917,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7625,
          "below": 0.0275,
          "above": -0.0218
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0902,
        "above": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0945,
          "above": 0.0137
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0887,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.017,
          "above": -0.0458
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0157,
          "above": -0.1171
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0346,
          "above": -0.0135
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0875,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0106,
          "above": -0.1144
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.086,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0813,
          "above": -0.0002
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0939,
        "above": {
          "feature": "coverage",
          "threshold": 0.0965,
          "below": -0.079,
          "above": 0.0102
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0916,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0081,
          "above": -0.1086
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1892,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0982,
          "above": 0.0582
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5914,
          "below": 0.0368,
          "above": -0.0143
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0287,
          "above": -0.1132
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0305,
          "above": -0.0148
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0816,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0131,
          "above": -0.0422
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0877,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.007,
          "above": -0.1012
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0797,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0714,
          "above": -0.0019
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0857,
        "above": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.0105,
          "above": -0.0417
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1892,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0961,
          "above": 0.0544
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0275,
          "above": -0.0166
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0349,
          "above": -0.1106
        },
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0098,
          "above": -0.0944
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0767,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7625,
          "below": 0.0174,
          "above": -0.0205
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3192,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.625,
          "below": -0.053,
          "above": 0.0327
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0407,
          "above": -0.0332
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0817,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0031,
          "above": 0.055
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0739,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0649,
          "above": -0.0024
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4323,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0928,
          "above": -0.0379
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0616,
          "above": 0.0366
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0794,
        "above": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.0095,
          "above": -0.0375
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0772,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0053,
          "above": -0.0864
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3192,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0481,
          "above": 0.0359
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.015,
          "above": 0.0525
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0704,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.064,
          "above": -0.0027
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4323,
          "below": -0.0195,
          "above": 0.0153
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0199,
          "above": -0.1645
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0236,
          "above": -0.0273
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0784,
          "above": 0.0319
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0746,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0032,
          "above": 0.0513
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3192,
          "below": -0.019,
          "above": 0.0154
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.018,
          "above": -0.1557
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.7625,
        "below": {
          "feature": "coverage",
          "threshold": 0.4323,
          "below": -0.019,
          "above": 0.0364
        },
        "above": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0038,
          "above": -0.0661
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0054,
          "above": 0.0341
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0159,
          "above": -0.148
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0202,
          "above": -0.026
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1737,
          "above": 0.0145
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0682,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1327,
          "below": 0.0485,
          "above": -0.004
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0461,
          "above": -0.106
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0242,
          "above": -0.0139
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0673,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5914,
          "below": 0.0191,
          "above": -0.0121
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3192,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.625,
          "below": -0.0487,
          "above": 0.0354
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0341,
          "above": -0.0279
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3192,
          "below": -0.0167,
          "above": 0.0134
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0137,
          "above": -0.1321
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0643,
          "above": 0.0004
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.0836,
          "above": -0.0646
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0192,
          "above": -0.0245
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1437,
          "above": 0.0132
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0696,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0031,
          "above": 0.0461
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0637,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0545,
          "above": -0.0028
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0056,
          "above": 0.0335
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0124,
          "above": -0.12
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0678,
        "above": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.0074,
          "above": -0.0304
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3192,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.2623,
          "below": 0.0039,
          "above": -0.0934
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0133,
          "above": 0.0446
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0119,
          "above": 0.0167
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0104,
          "above": -0.114
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0618,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1327,
          "below": 0.0421,
          "above": -0.0037
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4323,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0479,
          "above": 0.0375
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0463,
          "above": 0.029
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.02,
          "above": -0.022
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.0799,
          "below": 0.0007,
          "above": -0.1167
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0653,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.003,
          "above": 0.0436
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0044,
          "above": 0.0733
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0018,
          "above": -0.0649
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.7625,
        "below": {
          "feature": "coverage",
          "threshold": 0.4323,
          "below": -0.0182,
          "above": 0.0316
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.2688,
          "below": -0.0007,
          "above": -0.0677
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0022,
          "above": 0.0646
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0645,
          "above": 0.0329
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.017,
          "above": -0.0915
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3503,
          "below": -0.0748,
          "above": 0.0021
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5914,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0212,
          "above": 0.0593
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0892,
          "above": -0.0053
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0056,
          "above": 0.0329
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.01,
          "above": -0.1042
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0167,
          "above": -0.0206
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": 0.0044,
          "above": -0.1444
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0589,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0498,
          "above": -0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0625,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0141,
          "above": -0.0119
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3192,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0434,
          "above": 0.039
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0014,
          "above": 0.0831
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0458,
          "above": 0.0019
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.0725,
          "above": -0.0585
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0054,
          "above": 0.0324
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0094,
          "above": -0.0989
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "headCosine",
          "threshold": 0.4212,
          "below": 0.0154,
          "above": -0.0197
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.1294,
          "above": 0.0059
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0162,
          "above": -0.0851
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3503,
          "below": -0.0711,
          "above": 0.0013
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0041,
          "above": 0.0348
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1552,
          "above": 0.0132
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5914,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.02,
          "above": 0.0551
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.2688,
          "below": -0.0013,
          "above": -0.0561
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.007,
          "above": -0.0237
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.0705,
          "above": -0.0556
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0025,
          "above": 0.0435
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1483,
          "above": 0.0125
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0149,
          "above": -0.0174
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": 0.0033,
          "above": -0.1309
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.015,
          "above": -0.0801
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2677,
          "below": -0.0934,
          "above": -0.0032
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0059,
          "above": 0.0317
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0081,
          "above": -0.0939
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.004,
          "above": 0.0324
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.14,
          "above": 0.0118
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3192,
          "below": -0.0131,
          "above": 0.0169
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1021,
          "above": 0.0105
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0525,
          "above": -0.0003
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.0663,
          "above": -0.0534
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "closeness",
          "threshold": 0.2361,
          "below": -0.0177,
          "above": 0.0435
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.072,
          "above": -0.0235
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5914,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0358,
          "above": 0.0358
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.2688,
          "below": -0.0011,
          "above": -0.0556
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0147,
          "above": -0.0739
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3503,
          "below": -0.0637,
          "above": 0.0003
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0019,
          "above": 0.0575
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.0799,
          "below": 0.002,
          "above": -0.1065
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0127,
          "above": -0.016
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.064,
          "above": -0.0503
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0024,
          "above": 0.0416
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1313,
          "above": 0.0114
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5914,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0172,
          "above": 0.0498
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0159,
          "above": 0.0614
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0575,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0134,
          "above": -0.0105
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8661,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.15,
          "below": 0.0112,
          "above": -0.0113
        },
        "above": -0.0539
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0546,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1327,
          "below": 0.0374,
          "above": -0.0033
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0565,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0022,
          "above": 0.0383
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0532,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0427,
          "above": -0.0022
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0553,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0115,
          "above": -0.0087
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4323,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": 0.0579,
          "above": -0.0352
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0326,
          "above": 0.0231
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8661,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0271,
          "above": -0.0039
        },
        "above": -0.05
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0513,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1327,
          "below": 0.034,
          "above": -0.0029
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0541,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0019,
          "above": 0.0352
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3192,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0417,
          "above": 0.0405
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0124,
          "above": 0.0381
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.005,
          "above": 0.0308
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0087,
          "above": -0.0826
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": 0.0321,
          "above": -0.0101
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0436,
          "above": 0.0172
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0047,
          "above": 0.0294
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0072,
          "above": -0.0792
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4813,
          "below": -0.0066,
          "above": 0.0246
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": 0.0077,
          "above": -0.1238
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0403,
          "above": -0.0038
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0606,
          "above": 0.0238
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.004,
          "above": 0.0266
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0056,
          "above": -0.078
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0135,
          "above": -0.0714
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2677,
          "below": -0.0859,
          "above": -0.0021
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5914,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0176,
          "above": 0.0471
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.2688,
          "below": 0.0005,
          "above": -0.054
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0124,
          "above": -0.0144
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.0601,
          "above": -0.0473
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0034,
          "above": 0.031
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1183,
          "above": 0.0144
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0037,
          "above": 0.0242
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0049,
          "above": -0.0756
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0147,
          "above": -0.0183
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": 0.0057,
          "above": -0.1157
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.612,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0374,
          "above": 0.0012
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6833,
          "below": 0.0563,
          "above": -0.0459
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0037,
          "above": 0.0236
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.004,
          "above": -0.073
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "headCosine",
          "threshold": 0.4212,
          "below": 0.0134,
          "above": -0.0182
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": 0.0048,
          "above": -0.1065
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": 0.0158,
          "above": -0.046
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.042,
          "above": 0.0167
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.175,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3709,
          "below": 0.0024,
          "above": -0.1022
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": 0.0454,
          "above": -0.0137
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0044,
          "above": 0.0258
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0023,
          "above": -0.0704
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0513,
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": 0.0445,
          "above": -0.0015
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0488,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0383,
          "above": -0.0023
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0476,
          "above": -0.091
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0309,
          "above": -0.0032
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4323,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0715,
          "above": -0.0264
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0319,
          "above": 0.0217
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8661,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0032,
          "above": 0.0237
        },
        "above": -0.0448
      },
      {
        "feature": "coverage",
        "threshold": 0.8302,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": 0.0215,
          "above": -0.0078
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.0997,
          "above": 0.0073
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.015,
          "above": -0.0071
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1097,
          "above": 0.0146
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0477,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1327,
          "below": 0.0302,
          "above": -0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0497,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.612,
          "below": -0.0019,
          "above": 0.0323
        }
      }
    ]
  },
  "differing": {
    "bias": -2.0616,
    "weights": {
      "coverage": 5.8687,
      "coverageHere": -1.583,
      "coverageGap": -2.4948,
      "closeness": -0.1765,
      "localBefore": 1.8286,
      "localAfter": 0.5946,
      "bestLocal": 1.1529,
      "siblingAgrees": 0.337,
      "headMatch": 2.0517,
      "headCosine": -1.7708,
      "headDistinct": -1.0013,
      "headMismatch": -1.0622,
      "headInSentence": -0.7623,
      "headMissing": 0.4123,
      "noHeads": -0.199,
      "leadCoverage": -0.7482,
      "leadMatch": -0.0859,
      "subjectMatch": 1.5484,
      "subjectHere": -0.8255,
      "subjectClash": -1.3172,
      "yearMatch": 1.1631,
      "yearClash": -1.9911,
      "periodClash": -0.3534,
      "roleClash": -0.4179,
      "rateClash": -0.8051,
      "partClash": -0.0817,
      "timeLike": -0.7604,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.1723,
      "scaleSlip": 5.0132,
      "rank": 2.5978,
      "corpusSize": 0.0005
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1096,
          "above": 0.0863
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.2707,
          "below": -0.085,
          "above": 0.079
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1074,
          "above": 0.08
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0054,
          "below": -0.0861,
          "above": 0.0451
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1129,
          "above": 0.0586
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1892,
          "above": -0.0097
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.111,
          "above": 0.0537
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0054,
          "below": -0.13,
          "above": 0.0469
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1121,
          "below": 0.0244,
          "above": 0.132
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": -0.0534,
          "above": 0.2553
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1091,
          "above": 0.0472
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1794,
          "above": 0.001
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "headCosine",
          "threshold": 0.2579,
          "below": 0.021,
          "above": 0.1264
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0054,
          "below": -0.0704,
          "above": 0.0525
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0461,
          "above": 0.0529
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1725,
          "above": 0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": -0.0013,
          "above": -0.138
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0431,
          "above": -0.0518
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1078,
          "above": 0.0382
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.7693,
          "below": -0.1292,
          "above": 0.0322
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": -0.0032,
          "above": -0.1354
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0391,
          "above": -0.0472
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "headCosine",
          "threshold": 0.2579,
          "below": 0.0111,
          "above": 0.1107
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": -0.0394,
          "above": 0.2437
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4022,
          "below": -0.1438,
          "above": -0.0145
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0354,
          "above": -0.0414
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.1113,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": 0.0039,
          "above": 0.2698
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.1098,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0268,
          "above": -0.0464
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1384,
          "above": 0.0401
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1087,
          "above": 0.0157
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0454,
          "above": -0.0938
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0054,
          "below": -0.0576,
          "above": 0.0509
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0397,
          "above": -0.054
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1598,
          "above": 0.015
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4022,
          "below": -0.14,
          "above": -0.0071
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0304,
          "above": -0.0354
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1344,
          "above": 0.0404
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.107,
          "above": 0.0135
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.5982,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0196,
          "above": -0.0631
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0284,
          "above": 0.1806
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1324,
          "above": 0.0377
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.1052,
          "above": 0.0122
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0968,
        "below": {
          "feature": "logRatio",
          "threshold": 2.4801,
          "below": -0.066,
          "above": 0.1173
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0421,
          "above": -0.023
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.1041,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": 0.0005,
          "above": 0.2186
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0453,
          "above": -0.0533
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0054,
          "below": -0.05,
          "above": 0.046
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverage",
          "threshold": 0.2559,
          "below": 0.0105,
          "above": -0.118
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.003,
          "above": 0.1228
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2158,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0348,
          "above": -0.0537
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1507,
          "above": 0.0174
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0968,
        "below": {
          "feature": "logRatio",
          "threshold": 2.4801,
          "below": -0.0599,
          "above": 0.11
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1567,
          "below": -0.102,
          "above": 0.0219
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0179,
          "above": -0.044
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0905,
          "above": 0.284
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.128,
          "above": 0.0396
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0005,
          "above": 0.1033
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2707,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0153,
          "above": -0.0627
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1669,
          "below": 0.0926,
          "above": -0.084
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.1006,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.0723,
          "above": -0.0098
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4022,
          "below": -0.1295,
          "above": 0.0019
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0027,
          "above": 0.1152
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4439,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0233,
          "above": -0.1188
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0644,
          "above": 0.1591
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0994,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.0619,
          "above": -0.0083
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5532,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1259,
          "below": -0.1339,
          "above": 0.0169
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0908,
          "below": 0.0543,
          "above": -0.0931
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.5982,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.014,
          "above": -0.047
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0446,
          "above": 0.1438
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0127,
          "above": -0.0763
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1017,
          "above": 0.0904
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0082,
          "above": -0.0701
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0889,
          "above": 0.2329
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0968,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.133,
          "above": -0.01
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0356,
          "above": -0.02
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4022,
          "below": -0.1237,
          "above": 0.0036
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0022,
          "above": 0.1081
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.097,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.0535,
          "above": -0.0074
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0375,
          "above": -0.0164
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.4167,
          "below": -0.1094,
          "above": 0.0316
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0112,
          "above": -0.0713
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0929,
          "above": 0.0841
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0079,
          "above": -0.0679
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0867,
          "above": 0.2013
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0121,
          "above": -0.0549
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1566,
          "above": -0.062
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1238,
          "above": 0.0443
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0121,
          "above": -0.0387
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0344,
          "above": -0.0147
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3366,
          "below": -0.1484,
          "above": -0.0114
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0028,
          "above": -0.1069
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0829,
          "above": 0.1827
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0113,
          "above": -0.0508
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.7693,
          "below": -0.0255,
          "above": 0.1702
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0107,
          "above": -0.0674
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0821,
          "above": 0.0774
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0948,
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.0851,
          "above": -0.0023
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4022,
          "below": -0.1202,
          "above": 0.0072
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2526,
          "below": -0.0316,
          "above": 0.0185
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0025,
          "above": -0.1013
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0789,
          "above": 0.1681
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.0102,
          "above": -0.0456
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1384,
          "above": -0.0592
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0928,
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.0767,
          "above": -0.0023
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1195,
          "above": 0.0414
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0006,
          "above": 0.0749
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0324,
          "above": -0.0139
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3366,
          "below": -0.1447,
          "above": -0.0106
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0095,
          "above": -0.063
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3145,
          "below": -0.0977,
          "above": 0.0659
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0064,
          "above": -0.0615
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0752,
          "above": 0.1589
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0062,
          "above": -0.0554
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1293,
          "above": -0.0605
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0297,
          "above": -0.0123
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.2406,
          "above": -0.0312
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0085,
          "above": -0.0586
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0733,
          "above": 0.0702
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0021,
          "above": -0.1007
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0724,
          "above": 0.1498
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0533,
          "above": 0.0062
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": -0.0501,
          "above": 0.128
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0906,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.0433,
          "above": -0.0067
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "coverage",
          "threshold": 0.4753,
          "below": 0.0054,
          "above": -0.1886
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0551,
          "above": -0.0079
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0824,
          "above": 0.036
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3374,
          "below": 0.0767,
          "above": -0.003
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0041,
          "above": -0.2308
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0955,
          "above": -0.007
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1155,
          "above": 0.0357
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0009,
          "above": 0.0692
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0968,
          "below": -0.0304,
          "above": 0.0082
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0915,
          "above": -0.0381
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0783,
          "above": 0.0329
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3374,
          "below": 0.0679,
          "above": -0.0021
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0041,
          "above": -0.1942
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0871,
          "above": -0.0059
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.5977,
          "below": -0.1123,
          "above": 0.0308
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0092,
          "above": -0.0347
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0052,
          "above": -0.0541
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.066,
          "above": 0.1287
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0371,
          "above": 0.0378
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2526,
          "below": -0.0825,
          "above": 0.0027
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0276,
          "above": -0.0117
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3366,
          "below": -0.1401,
          "above": -0.0058
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0968,
          "below": -0.0281,
          "above": 0.0076
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0901,
          "above": -0.0367
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0486,
          "above": 0.0051
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1167,
          "above": -0.066
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0019,
          "above": -0.0925
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.063,
          "above": 0.1202
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0865,
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.0607,
          "above": -0.0022
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0089,
          "above": -0.0259
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0871,
          "above": -0.036
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0081,
          "above": -0.0533
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3145,
          "below": -0.0945,
          "above": 0.0549
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0015,
          "above": -0.0867
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": -0.0616,
          "above": 0.1183
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4439,
          "below": 0.008,
          "above": -0.0327
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1145,
          "above": -0.0612
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0256,
          "above": -0.0105
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.232,
          "above": -0.0227
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0042,
          "above": -0.1677
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0779,
          "above": -0.0048
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0471,
          "above": 0.0047
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3366,
          "below": -0.1242,
          "above": 0.0845
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.024,
          "above": -0.0099
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.2198,
          "above": -0.021
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0067,
          "above": -0.0488
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0642,
          "above": 0.0603
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5532,
          "below": 0.0045,
          "above": -0.0505
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0588,
          "above": 0.1152
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0431,
          "above": 0.004
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1077,
          "above": -0.0578
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0846,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.0329,
          "above": -0.0052
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.45,
          "below": 0.0335,
          "above": -0.0781
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0301,
          "above": 0.0244
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2526,
          "below": -0.0309,
          "above": 0.0057
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0829,
          "above": -0.0366
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1006,
          "above": 0.0012
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0017,
          "above": 0.0559
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0016,
          "above": -0.0883
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": -0.0572,
          "above": 0.1061
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0823,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.032,
          "above": -0.0052
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "coverage",
          "threshold": 0.4753,
          "below": 0.006,
          "above": -0.1332
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0276,
          "above": 0.0226
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.005,
          "above": -0.0409
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.0449,
          "above": 0.1107
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0078,
          "above": -0.0234
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0804,
          "above": -0.036
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0229,
          "above": -0.0096
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3366,
          "below": -0.1336,
          "above": -0.0013
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0054,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0066,
          "above": -0.046
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1669,
          "below": 0.0488,
          "above": -0.0961
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0013,
          "above": -0.0809
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.45,
          "below": -0.0546,
          "above": 0.1033
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0042,
          "above": -0.0364
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1019,
          "above": -0.0641
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0038,
          "above": -0.1342
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0703,
          "above": -0.0047
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": -0.0568,
          "above": 0.056
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1846,
          "below": 0.0504,
          "above": -0.0035
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0948,
          "above": 0.0008
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0015,
          "above": 0.0511
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0797,
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.0494,
          "above": -0.002
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0006,
          "above": -0.1204
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0786,
          "above": -0.0355
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7058,
          "below": 0.0014,
          "above": -0.0797
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0545,
          "above": 0.0979
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.0833,
          "below": 0.0423,
          "above": -0.057
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0266,
          "above": 0.0213
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1567,
        "below": -0.0776,
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.0463,
          "above": -0.0019
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0913,
          "above": 0.0014
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0015,
          "above": 0.0493
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": -0.0524,
          "above": 0.052
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3771,
          "below": 0.0424,
          "above": -0.0041
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4801,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0067,
          "above": -0.0206
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1204,
          "below": 0.0772,
          "above": -0.0348
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.7693,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5604,
          "below": -0.0005,
          "above": -0.1288
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3145,
          "below": -0.1127,
          "above": 0.0506
        }
      },
      {
        "feature": "headMissing",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1259,
          "below": -0.1171,
          "above": -0.0018
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2192,
          "below": -0.1013,
          "above": 0.0257
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0884,
          "above": 0.0012
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.013,
          "above": -0.009
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.7693,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2158,
          "below": 0.0058,
          "above": -0.056
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3145,
          "below": -0.1096,
          "above": 0.0465
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.6,
    "supportPerDecade": 0.1,
    "conflict": 0.5,
    "disputeMargin": 0.3,
    "outweigh": 0.2
  },
  "fitted": {
    "sets": [
      "bbc-business",
      "bbc-tech",
      "bbc-politics",
      "bbc-entertainment",
      "bbc-sport",
      "bbc-verbatim",
      "health",
      "courts",
      "transport",
      "energy",
      "education",
      "dev (never fitted)"
    ],
    "trainingClaims": 607,
    "trainingPairs": 7870,
    "heldOutClaims": 213,
    "heldOutAccuracy": 0.7793,
    "heldOutFalseSupport": 0.1081
  }
};
