/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 14,
  "agreeing": {
    "bias": -4.237,
    "weights": {
      "coverage": 3.4213,
      "coverageHere": 0.4779,
      "closeness": 0.9214,
      "localBefore": 0.8365,
      "localAfter": -0.3813,
      "bestLocal": 2.2126,
      "siblingAgrees": 0,
      "headMatch": 0.5742,
      "headCosine": -1.0232,
      "headDistinct": -0.5376,
      "headMismatch": -1.1176,
      "headInSentence": 1.4376,
      "headMissing": 0.4702,
      "noHeads": 0.9734,
      "leadCoverage": -0.6226,
      "leadMatch": -0.169,
      "subjectMatch": 1.9905,
      "subjectHere": -0.315,
      "subjectClash": -1.4471,
      "yearMatch": 0.2698,
      "yearClash": -2.2636,
      "periodClash": 0,
      "roleClash": -1.6247,
      "rateClash": -1.4035,
      "partClash": -0.5612,
      "timeLike": -0.3096,
      "agrees": 0,
      "sameValue": 0.1364,
      "specificAgree": 1.0818,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.465,
      "corpusSize": -0.4065
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.1058,
          "above": 0.0002
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0348,
          "above": -0.0993
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.1045,
          "above": 0.0002
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.9661,
          "below": 0.0265,
          "above": -0.1672
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0939,
          "above": 0.0385
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0294,
          "above": -0.0834
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.1004,
          "above": 0.0106
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0295,
          "above": -0.0668
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.1017,
          "above": 0.0094
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0251,
          "above": -0.0733
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.1005,
          "above": 0.0086
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0253,
          "above": -0.0595
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0974,
          "above": 0.0165
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7869,
          "below": 0.032,
          "above": -0.0314
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0987,
          "above": 0.0114
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0381,
          "above": -0.0189
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0835,
          "above": 0.0517
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.9661,
          "below": 0.0152,
          "above": -0.1222
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.094,
          "above": 0.0217
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7869,
          "below": 0.0266,
          "above": -0.0288
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.096,
          "above": 0.0178
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0323,
          "above": -0.0184
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0925,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0133,
          "above": -0.0519
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.9661,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0505,
          "above": 0.0124
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.2037,
          "above": 0
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.0817,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7869,
          "below": 0.0193,
          "above": -0.0301
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0894,
        "above": {
          "feature": "coverage",
          "threshold": 0.9661,
          "below": 0.0073,
          "above": -0.0951
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0908,
          "above": 0.0231
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1452,
          "below": 0.0789,
          "above": -0.0019
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0471,
          "above": 0.0101
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0046,
          "above": -0.1753
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.2098,
          "below": -0.0494,
          "above": 0.009
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0044,
          "above": -0.1687
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0023,
          "above": 0.0734
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.1629,
          "above": -0.0149
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0859,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7869,
          "below": 0.0161,
          "above": -0.0272
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.0678,
          "below": -0.0766,
          "above": 0.0058
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0044,
          "above": -0.1594
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0837,
          "above": 0.0051
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0042,
          "above": -0.1525
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8321,
        "below": {
          "feature": "headCosine",
          "threshold": 0.422,
          "below": 0.0179,
          "above": -0.0312
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.9143,
          "below": 0.0373,
          "above": -0.1018
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.0678,
          "below": -0.0749,
          "above": 0.0052
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0043,
          "above": -0.1453
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0815,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0089,
          "above": -0.0403
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0415,
          "above": 0.0076
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0045,
          "above": -0.1378
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.2098,
          "below": -0.0442,
          "above": 0.0068
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0043,
          "above": -0.1312
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "coverage",
          "threshold": 0.0678,
          "below": -0.0717,
          "above": 0.0044
        },
        "above": -0.0818
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.7869,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0311,
          "above": 0.0189
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0338,
          "above": 0.0945
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0771,
          "above": 0.0041
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0047,
          "above": -0.1232
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0232,
          "above": 0.0636
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.1016,
          "above": -0.0332
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5045,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0133,
          "above": 0.0598
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": -0.0031,
          "above": -0.0722
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.422,
        "below": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0173,
          "above": -0.0749
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.1301,
          "above": 0.0001
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.0691,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0706,
          "above": -0.0069
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.074,
          "above": 0.004
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0034,
          "above": -0.113
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.02,
          "above": -0.0276
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6336,
          "below": -0.1094,
          "above": 0.0045
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0694,
          "above": 0.0642
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0812,
          "above": -0.0028
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0364,
          "above": 0.0067
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0042,
          "above": -0.1072
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0204,
          "above": -0.0126
        },
        "above": -0.0671
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.0662,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0617,
          "above": -0.0059
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.072,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0154,
          "above": -0.0135
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0885,
          "above": 0.0232
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1452,
          "below": 0.0633,
          "above": -0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.1128,
          "above": 0.0418
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0199,
          "above": -0.0224
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0155,
          "above": 0.0145
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0049,
          "above": -0.0996
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0201,
          "above": 0.0176
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0882,
          "above": -0.1707
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.422,
        "below": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0152,
          "above": -0.0631
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.1238,
          "above": 0.0016
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.9487,
          "below": 0.0069,
          "above": -0.0871
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.1014,
          "above": 0.0408
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0051,
          "above": 0.0335
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0068,
          "above": -0.094
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0072,
          "above": 0.0296
        },
        "above": -0.0614
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0062,
          "above": -0.0374
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0061,
          "above": -0.0899
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.018,
          "above": 0.0157
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0837,
          "above": -0.161
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5045,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0149,
          "above": 0.0546
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": -0.0008,
          "above": -0.0642
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.422,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.5045,
          "below": 0.0305,
          "above": -0.0136
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0253,
          "above": -0.065
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0645,
          "above": 0.0594
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0699,
          "above": -0.0021
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.109,
          "above": 0.0412
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0185,
          "above": -0.0205
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0044,
          "above": 0.0315
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0058,
          "above": -0.0846
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.422,
        "below": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.014,
          "above": -0.0523
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.1186,
          "above": 0.0014
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0179,
          "above": 0.0157
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0785,
          "above": -0.1516
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.422,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.5045,
          "below": 0.0275,
          "above": -0.0119
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0248,
          "above": -0.0584
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.0609,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0514,
          "above": -0.0046
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3405,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0026,
          "above": -0.075
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0327,
          "above": -0.0265
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.063,
          "above": 0.0563
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.3709,
          "below": 0.0145,
          "above": -0.0198
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.1057,
          "above": 0.0363
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0155,
          "above": -0.0154
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0063,
          "above": 0.0279
        },
        "above": -0.0553
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "localBefore",
          "threshold": 0.4167,
          "below": -0.0036,
          "above": 0.0421
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0826,
          "above": 0.0341
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0041,
          "above": 0.0307
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0084,
          "above": -0.0791
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0166,
          "above": 0.0151
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0739,
          "above": -0.1438
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0151,
          "above": -0.0787
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1548,
          "below": -0.122,
          "above": -0.001
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.006,
          "above": -0.033
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0089,
          "above": -0.0766
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0158,
          "above": 0.0138
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0703,
          "above": -0.1375
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0106,
          "above": 0.0137
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0091,
          "above": -0.0743
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.0996,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2966,
          "below": 0.0556,
          "above": -0.0599
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0962,
          "above": 0.0014
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.058,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0488,
          "above": -0.0047
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0817,
          "above": 0.0214
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1452,
          "below": 0.0529,
          "above": -0.0026
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0173,
          "above": -0.0094
        },
        "above": -0.0505
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0264,
          "above": 0.0366
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.6032,
          "below": 0.0423,
          "above": -0.0138
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0038,
          "above": 0.0282
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0083,
          "above": -0.0707
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.15,
          "below": 0.0127,
          "above": -0.0117
        },
        "above": -0.0487
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0198,
          "above": -0.0806
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.3709,
          "below": 0.0135,
          "above": -0.0191
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0152,
          "above": 0.0135
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0679,
          "above": -0.1308
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0055,
          "above": -0.0292
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0087,
          "above": -0.0683
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0585,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0129,
          "above": -0.0107
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0994,
          "above": 0.0361
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0175,
          "above": -0.0096
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.0539,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0444,
          "above": -0.0041
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3405,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.625,
          "below": -0.0356,
          "above": 0.0315
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0288,
          "above": -0.0225
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0361,
          "above": 0.0141
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.0716,
          "above": 0.0172
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0121,
          "above": -0.0192
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0647,
          "above": -0.1248
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0038,
          "above": 0.027
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0093,
          "above": -0.0646
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.6125,
          "below": -0.0025,
          "above": 0.0397
        },
        "above": -0.0461
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0139,
          "above": -0.071
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.5107,
          "below": -0.0635,
          "above": 0.0242
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": 0.0167,
          "above": -0.0506
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1548,
          "below": -0.1147,
          "above": 0.0004
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0788,
          "above": 0.0208
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1452,
          "below": 0.0491,
          "above": -0.0025
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0961,
          "above": 0.031
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.002,
          "above": 0.0439
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0146,
          "above": 0.0126
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0619,
          "above": -0.1196
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0054,
          "above": -0.0288
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0101,
          "above": -0.0632
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0041,
          "above": 0.0272
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0096,
          "above": -0.0611
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0162,
          "above": -0.0084
        },
        "above": -0.0439
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0233,
          "above": 0.0326
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5045,
          "below": 0.0422,
          "above": -0.01
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0166,
          "above": -0.0483
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0508,
          "above": 0.0177
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0142,
          "above": 0.0124
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0595,
          "above": -0.115
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0037,
          "above": 0.0261
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.01,
          "above": -0.0588
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0534,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0326,
          "above": -0.0031
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0195,
          "above": -0.0772
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1452,
          "below": 0.0469,
          "above": -0.0021
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0926,
          "above": 0.0295
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0346,
          "above": -0.0028
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0225,
          "above": 0.0314
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.034,
          "above": -0.0127
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.8108,
          "below": -0.0026,
          "above": 0.0327
        },
        "above": -0.0418
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6032,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0581,
          "above": -0.0066
        },
        "above": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": 0.0091,
          "above": -0.1067
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0052,
          "above": -0.0252
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0547,
          "above": -0.0086
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0678,
        "below": -0.0491,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0412,
          "above": -0.0035
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0903,
          "above": 0.0276
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0015,
          "above": 0.0396
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2098,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0757,
          "above": 0.0202
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1452,
          "below": 0.0441,
          "above": -0.0018
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0996,
          "below": 0.0283,
          "above": -0.0855
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0324,
          "above": -0.0025
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.45,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0081,
          "above": -0.0326
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0455,
          "above": 0.0282
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0034,
          "above": 0.0258
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0096,
          "above": -0.0556
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0864,
          "above": 0.0254
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0154,
          "above": -0.0082
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3405,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.625,
          "below": -0.0334,
          "above": 0.0324
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0267,
          "above": -0.0215
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.45,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.008,
          "above": -0.0318
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4608,
          "below": -0.0421,
          "above": 0.0272
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6032,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0543,
          "above": -0.0058
        },
        "above": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": 0.0077,
          "above": -0.0935
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0029,
          "above": 0.0237
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0532,
          "above": -0.0093
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.45,
          "below": -0.0054,
          "above": 0.0151
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0517,
          "above": -0.009
        }
      }
    ]
  },
  "differing": {
    "bias": -3.3097,
    "weights": {
      "coverage": 4.9024,
      "coverageHere": -0.1025,
      "closeness": -0.1213,
      "localBefore": 1.4579,
      "localAfter": 0.7556,
      "bestLocal": 0.8902,
      "siblingAgrees": 0.2473,
      "headMatch": 1.8994,
      "headCosine": -1.7408,
      "headDistinct": -0.9518,
      "headMismatch": -0.8363,
      "headInSentence": -0.538,
      "headMissing": 0.1499,
      "noHeads": -0.1209,
      "leadCoverage": -0.1797,
      "leadMatch": 0.0804,
      "subjectMatch": 1.3844,
      "subjectHere": -0.5301,
      "subjectClash": -1.3521,
      "yearMatch": 1.1849,
      "yearClash": -1.9016,
      "periodClash": -0.0276,
      "roleClash": -0.4478,
      "rateClash": -2.0687,
      "partClash": 0.1157,
      "timeLike": -0.485,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.3697,
      "scaleSlip": 5.9881,
      "rank": 2.3681,
      "corpusSize": 0.1602
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "coverage",
          "threshold": 0.1219,
          "below": -0.11,
          "above": 0.0839
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.7047,
          "below": -0.1007,
          "above": 0.1632
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1277,
          "below": -0.0606,
          "above": 0.0833
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.1067,
          "above": 0.0733
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "coverage",
          "threshold": 0.1219,
          "below": -0.106,
          "above": 0.0731
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.7047,
          "below": -0.0862,
          "above": 0.1356
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1277,
          "below": -0.0566,
          "above": 0.0728
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.092,
          "above": 0.0633
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "coverage",
          "threshold": 0.1219,
          "below": -0.1023,
          "above": 0.0633
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.0849,
          "above": 0.0564
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0685,
          "above": -0.0291
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.7047,
          "below": -0.0682,
          "above": 0.1062
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0287,
          "above": 0.0656
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.0727,
          "above": 0.0487
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": -0.0244,
          "above": -0.1334
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6239,
          "below": 0.0347,
          "above": -0.0917
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "coverage",
          "threshold": 0.1219,
          "below": -0.1026,
          "above": 0.0501
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1042,
          "above": 0.0032
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverage",
          "threshold": 0.2611,
          "below": -0.0342,
          "above": -0.1435
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0448,
          "above": -0.0315
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": -0.0192,
          "above": -0.1288
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6239,
          "below": 0.0303,
          "above": -0.0802
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2676,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0484,
          "above": 0.0447
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1626,
          "above": 0.0171
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1427,
          "above": -0.0226
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.04,
          "above": -0.0232
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1394,
          "above": -0.0211
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1219,
          "below": -0.1105,
          "above": 0.0148
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": -0.0119,
          "above": -0.1247
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6329,
          "below": 0.0287,
          "above": -0.0574
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2676,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1277,
          "below": -0.0701,
          "above": 0.0338
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1563,
          "above": 0.02
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1363,
          "above": -0.0155
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.7047,
          "below": -0.0017,
          "above": 0.1106
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0473,
          "above": -0.053
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0086,
          "above": -0.0982
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1333,
          "above": -0.0154
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.944,
          "below": 0.0097,
          "above": -0.1879
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1219,
        "below": -0.1078,
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0336,
          "above": -0.024
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverage",
          "threshold": 0.2611,
          "below": -0.0098,
          "above": -0.1216
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.7047,
          "below": 0.0021,
          "above": 0.1094
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2676,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1277,
          "below": -0.0645,
          "above": 0.03
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1496,
          "above": 0.0187
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1056,
        "below": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": 0.0385,
          "above": -0.0711
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2991,
          "below": -0.1209,
          "above": 0.0015
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.7047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0156,
          "above": -0.0613
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0525,
          "above": 0.1647
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.129,
          "above": -0.0086
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.944,
          "below": 0.0085,
          "above": -0.1559
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.014,
          "above": -0.0862
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0646,
          "above": 0.1015
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1377,
          "above": 0.0946
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.019,
          "above": -0.1461
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4628,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0613,
          "above": 0.0341
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0827,
          "above": 0.1588
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1219,
        "below": -0.1018,
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0293,
          "above": -0.0223
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1252,
          "above": -0.0037
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1219,
          "below": -0.0998,
          "above": 0.0085
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0131,
          "above": -0.0805
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0587,
          "above": 0.0897
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": 0.0119,
          "above": -0.0707
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.083,
          "above": 0.1568
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1367,
          "above": 0.0825
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0169,
          "above": -0.1404
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1225,
          "above": -0.0022
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0292,
          "above": -0.0148
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1339,
          "above": 0.0708
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0156,
          "above": -0.1372
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0122,
          "above": -0.0758
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.1013,
          "above": 0.0713
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": 0.0112,
          "above": -0.0644
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0767,
          "above": 0.1501
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0898,
          "above": 0.0429
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.1006,
          "above": -0.0112
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1188,
          "above": -0.0016
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0276,
          "above": -0.014
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1306,
          "above": 0.0585
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0144,
          "above": -0.133
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0112,
          "above": -0.0709
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3331,
          "below": -0.0864,
          "above": 0.0695
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0672,
          "above": -0.0567
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.0238,
          "above": -0.0586
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": 0.0093,
          "above": -0.053
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.07,
          "above": 0.1481
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1231,
          "above": 0.0597
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.014,
          "above": -0.1282
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.0311,
          "above": -0.0148
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.975,
          "below": -0.1364,
          "above": 0.0153
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0082,
          "above": -0.0623
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0524,
          "above": 0.0784
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0568,
          "above": 0.0066
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0646,
          "above": 0.1439
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0808,
          "above": 0.0328
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.0893,
          "above": -0.01
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1262,
          "above": 0.0467
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0124,
          "above": -0.1244
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0646,
          "above": -0.051
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1548,
          "below": -0.0682,
          "above": 0.0113
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.944,
        "below": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.0052,
          "above": 0.0497
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.2608,
          "above": 0.0299
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": 0.0087,
          "above": -0.047
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.059,
          "above": 0.139
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1161,
          "above": 0.0006
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.161,
          "below": -0.0618,
          "above": 0.008
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1118,
          "above": 0.0006
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0244,
          "above": -0.0122
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1185,
          "above": 0.0488
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0115,
          "above": -0.1204
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": 0.0082,
          "above": -0.0425
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0544,
          "above": 0.128
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": -0.0613,
          "above": 0.0524
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.0779,
          "above": -0.0089
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.009,
          "above": -0.0594
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0953,
          "above": 0.0599
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0595,
          "above": -0.0482
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.0211,
          "above": -0.0489
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1166,
          "above": 0.0404
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.011,
          "above": -0.116
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0498,
          "above": 0.0051
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.9481,
          "below": 0.117,
          "above": -0.0738
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.0404,
          "above": -0.0059
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2872,
          "below": -0.1272,
          "above": 0.0152
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1212,
          "above": 0.0352
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0099,
          "above": -0.1128
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.944,
        "below": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.0051,
          "above": 0.046
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.2208,
          "above": 0.0325
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": 0.04,
          "above": -0.0946
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0684,
          "above": 0.0078
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.108,
          "above": 0.0037
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0214,
          "above": -0.0103
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1188,
          "above": 0.0285
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0937,
          "below": 0.0851,
          "above": -0.0011
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.003,
          "above": -0.0615
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.9481,
          "below": 0.1075,
          "above": -0.0685
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1123,
          "above": 0.035
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.725,
          "below": 0.0201,
          "above": -0.0262
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1033,
          "above": 0.0055
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0133,
          "above": -0.0167
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0099,
          "above": -0.0321
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0477,
          "above": 0.1133
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0081,
          "above": -0.0548
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3331,
          "below": -0.0832,
          "above": 0.058
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.944,
        "below": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.0044,
          "above": 0.0415
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.1961,
          "above": 0.0338
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": -0.0575,
          "above": 0.0482
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3742,
          "below": 0.0645,
          "above": -0.0104
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0554,
          "above": -0.0439
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.0208,
          "above": -0.0449
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0453,
          "above": 0.0044
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0948,
          "above": -0.0996
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.0371,
          "above": -0.0054
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1381,
          "above": 0.0121
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.1097,
          "above": 0.0312
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0088,
          "above": -0.1079
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0071,
          "above": -0.0496
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0495,
          "above": 0.0638
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0102,
          "above": -0.0282
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.9481,
          "below": 0.1021,
          "above": -0.063
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.052,
          "above": -0.0401
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0626,
          "above": 0.0083
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1098,
          "above": 0.0288
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0937,
          "below": 0.0763,
          "above": -0.0013
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.004,
          "above": -0.0405
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0453,
          "above": 0.1077
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.1017,
          "above": 0.0082
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.161,
          "below": -0.0531,
          "above": 0.0053
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": -0.0533,
          "above": 0.0433
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3742,
          "below": 0.0569,
          "above": -0.0089
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0073,
          "above": -0.0481
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0924,
          "above": 0.0498
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0408,
          "above": 0.0037
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0884,
          "above": -0.0953
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": 0.0346,
          "above": -0.0835
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.0191,
          "above": -0.0406
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0059,
          "above": -0.0441
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4936,
          "below": -0.0481,
          "above": 0.0605
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.0362,
          "above": -0.0053
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1351,
          "above": 0.0145
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1142,
          "above": 0.0249
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.0321,
          "above": 0.015
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0098,
          "above": -0.0263
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0845,
          "above": -0.0893
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.0989,
          "above": 0.0104
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.7083,
          "below": 0.0128,
          "above": -0.0144
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1116,
          "above": 0.0231
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0073,
          "above": -0.1043
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.944,
        "below": {
          "feature": "logRatio",
          "threshold": 1.1104,
          "below": -0.0039,
          "above": 0.0365
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.1709,
          "above": 0.038
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0482,
          "above": -0.0373
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.975,
          "below": -0.0258,
          "above": 0.0435
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1061,
          "above": 0.0257
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2611,
          "below": 0.0608,
          "above": -0.0024
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.725,
          "below": 0.0083,
          "above": -0.025
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0418,
          "above": 0.0979
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2322,
          "below": -0.0083,
          "above": -0.1455
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3742,
          "below": 0.0524,
          "above": -0.008
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.0954,
          "above": 0.0104
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.0194,
          "above": 0.0086
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0079,
          "above": -0.0257
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0782,
          "above": -0.0865
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0063,
          "above": -0.0433
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0882,
          "above": 0.0457
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2322,
          "below": -0.008,
          "above": -0.1422
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3742,
          "below": 0.0493,
          "above": -0.0074
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1044,
          "above": 0.0248
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0066,
          "above": -0.1014
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0465,
          "above": -0.0342
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0579,
          "above": 0.0079
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.1017,
          "above": 0.024
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0937,
          "below": 0.066,
          "above": -0.002
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.0929,
          "above": 0.0105
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.019,
          "above": 0.0082
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0394,
          "above": 0.0033
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0776,
          "above": -0.0822
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": 0.0297,
          "above": -0.0726
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1056,
          "below": 0.0186,
          "above": -0.0361
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0055,
          "above": -0.0409
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4936,
          "below": -0.0513,
          "above": 0.0552
        }
      },
      {
        "feature": "noHeads",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.2257,
          "below": -0.0965,
          "above": 0.0146
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": -0.0078,
          "above": -0.1682
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1892,
          "below": 0.0348,
          "above": -0.0054
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0082,
          "above": -0.2371
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0069,
          "above": -0.227
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1598,
          "below": -0.1244,
          "above": 0.0114
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.725,
          "below": 0.0078,
          "above": -0.0239
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4628,
          "below": -0.0441,
          "above": 0.0905
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7227,
          "below": -0.0891,
          "above": 0.0125
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.7083,
          "below": 0.0106,
          "above": -0.0123
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.1104,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2676,
          "below": 0.0051,
          "above": -0.0386
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4936,
          "below": -0.0489,
          "above": 0.0504
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.3742,
          "below": 0.0167,
          "above": -0.0168
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.6224,
          "below": -0.0747,
          "above": 0.0821
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2257,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1046,
          "above": 0.0197
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0059,
          "above": -0.0983
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0108,
          "above": 0.0718
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.975,
          "below": -0.0227,
          "above": 0.0396
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0364,
          "above": 0.0029
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0745,
          "above": -0.0805
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.85,
    "supportPerDecade": 0.05,
    "conflict": 0.8,
    "disputeMargin": 0.2,
    "outweigh": 0.1
  },
  "fitted": {
    "sets": [
      "bbc-business",
      "bbc-tech",
      "bbc-politics",
      "bbc-entertainment",
      "bbc-sport",
      "health",
      "courts",
      "transport",
      "energy",
      "education",
      "dev (never fitted)"
    ],
    "trainingClaims": 484,
    "trainingPairs": 6196,
    "heldOutClaims": 176,
    "heldOutAccuracy": 0.7443,
    "heldOutFalseSupport": 0.0962
  }
};
