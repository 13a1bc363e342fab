/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 13,
  "agreeing": {
    "bias": -4.1327,
    "weights": {
      "coverage": 3.4157,
      "coverageHere": 0.5511,
      "closeness": 0.9126,
      "localBefore": 0.8219,
      "localAfter": -0.3774,
      "bestLocal": 2.048,
      "siblingAgrees": 0,
      "headMatch": 0.5942,
      "headCosine": -0.9979,
      "headDistinct": -0.5535,
      "headMismatch": -1.0737,
      "headInSentence": 1.3487,
      "headMissing": 0.4126,
      "noHeads": 0.8944,
      "leadCoverage": -0.5788,
      "leadMatch": -0.0339,
      "subjectMatch": 2.0356,
      "subjectHere": -0.3579,
      "subjectClash": -1.3885,
      "yearMatch": 0.3639,
      "yearClash": -2.2518,
      "periodClash": 0,
      "roleClash": -1.6431,
      "rateClash": -1.4812,
      "partClash": -0.5669,
      "timeLike": -0.2786,
      "agrees": 0,
      "sameValue": 0.1222,
      "specificAgree": 1.0949,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.3526,
      "corpusSize": -0.405
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.1028,
          "above": 0.0171
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.9304,
          "below": 0.0255,
          "above": -0.1731
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.1013,
          "above": 0.0157
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8188,
          "below": 0.0289,
          "above": -0.0857
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0997,
          "above": 0.0144
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7246,
          "below": 0.0408,
          "above": -0.0268
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0989,
          "above": 0.0168
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.9435,
          "below": 0.0198,
          "above": -0.1386
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0974,
          "above": 0.0168
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.024,
          "above": -0.0629
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.1047,
          "above": 0.0247
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8188,
          "below": 0.0313,
          "above": -0.0697
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0972,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0157,
          "above": -0.058
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.103,
          "above": 0.022
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7246,
          "below": 0.0428,
          "above": -0.0219
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0946,
        "above": {
          "feature": "coverage",
          "threshold": 0.9435,
          "below": 0.0099,
          "above": -0.1049
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.1013,
          "above": 0.0197
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0527,
          "above": -0.012
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0918,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7246,
          "below": 0.022,
          "above": -0.0255
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0997,
          "above": 0.0172
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0457,
          "above": -0.0163
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.1029,
          "above": 0.0498
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8188,
          "below": 0.0156,
          "above": -0.0557
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0978,
          "above": 0.0148
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0472,
          "above": -0.0121
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.087,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0119,
          "above": -0.047
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.024,
          "above": 0.0194
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0039,
          "above": -0.1761
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.9435,
        "below": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0222,
          "above": 0.0202
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.2005,
          "above": 0.0133
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8188,
        "below": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0202,
          "above": 0.0261
        },
        "above": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0089,
          "above": -0.2129
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0838,
          "above": 0.0058
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0057,
          "above": -0.1666
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.7246,
        "below": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0202,
          "above": 0.0454
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6757,
          "below": 0.0019,
          "above": -0.0788
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0815,
          "above": 0.0053
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0058,
          "above": -0.1565
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.0642,
          "below": -0.0759,
          "above": 0.0052
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0055,
          "above": -0.1496
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0015,
          "above": 0.102
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0924,
          "above": -0.0356
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0223,
          "above": -0.0306
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.1547,
          "above": -0.0126
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0797,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7246,
          "below": 0.0169,
          "above": -0.0212
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0742,
          "below": -0.0479,
          "above": 0.0071
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0046,
          "above": -0.1377
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0744,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.065,
          "above": -0.0063
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.003,
          "above": 0.0724
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.1403,
          "above": -0.0106
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.077,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0187,
          "above": -0.0171
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0727,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0589,
          "above": -0.0055
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0891,
          "above": 0.0342
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0263,
          "above": -0.0172
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0968,
          "above": 0.0431
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0187,
          "above": -0.0215
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.3345,
          "below": -0.0267,
          "above": 0.0113
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0038,
          "above": -0.1266
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.4224,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.9304,
          "below": 0.0125,
          "above": -0.0728
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0939,
          "above": 0.0042
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0069,
          "above": -0.0418
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.004,
          "above": -0.1212
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.014,
          "above": -0.0246
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.022,
          "above": -0.0906
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0939,
          "above": 0.016
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0393,
          "above": -0.013
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.3345,
          "below": -0.0242,
          "above": 0.0098
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0059,
          "above": -0.1153
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0134,
          "above": -0.0231
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0226,
          "above": -0.0878
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0065,
          "above": -0.0401
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0063,
          "above": -0.1097
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.012,
          "above": -0.0206
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0217,
          "above": -0.0847
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0724,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0158,
          "above": -0.0144
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0938,
          "above": 0.0385
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0162,
          "above": -0.0192
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0179,
          "above": 0.0131
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0068,
          "above": -0.1034
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "coverage",
          "threshold": 0.3345,
          "below": -0.0232,
          "above": 0.0085
        },
        "above": -0.0815
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0113,
          "above": 0.0183
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0216,
          "above": -0.082
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0668,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0541,
          "above": -0.0055
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0049,
          "above": 0.0344
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0068,
          "above": -0.0981
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.7246,
        "below": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0194,
          "above": 0.0368
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0121,
          "above": -0.0453
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0116,
          "above": -0.0186
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0209,
          "above": -0.0791
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "rank",
          "threshold": 0.0742,
          "below": -0.0411,
          "above": 0.0048
        },
        "above": -0.0754
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0063,
          "above": -0.0377
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0081,
          "above": -0.0918
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3294,
          "below": -0.0161,
          "above": 0.0129
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0203,
          "above": -0.0767
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "closeness",
          "threshold": 0.4495,
          "below": -0.0033,
          "above": 0.0938
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0836,
          "above": -0.027
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0642,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0526,
          "above": -0.005
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0678,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0149,
          "above": -0.0123
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0654,
          "above": 0.0682
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0212,
          "above": -0.0132
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "coverage",
          "threshold": 0.8188,
          "below": 0.0163,
          "above": -0.0646
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.1128,
          "above": 0.0101
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0238,
          "above": 0.0075
        },
        "above": -0.0702
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0061,
          "above": -0.0339
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0076,
          "above": -0.0862
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3294,
          "below": -0.0155,
          "above": 0.0126
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0182,
          "above": -0.0733
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0653,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0384,
          "above": -0.0042
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0616,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0468,
          "above": -0.0045
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0826,
          "above": 0.0312
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0024,
          "above": 0.0534
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0043,
          "above": 0.0324
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0072,
          "above": -0.0828
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0177,
          "above": -0.0495
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.1034,
          "above": 0.0084
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0227,
          "above": 0.007
        },
        "above": -0.0655
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.01,
          "above": 0.0167
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0172,
          "above": -0.0705
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.004,
          "above": 0.0306
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0083,
          "above": -0.0797
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0633,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0342,
          "above": -0.0036
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0639,
          "above": 0.0651
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0196,
          "above": -0.0122
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0983,
          "above": 0.0352
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0134,
          "above": -0.0146
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "coverage",
          "threshold": 0.8188,
          "below": 0.0146,
          "above": -0.0551
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0952,
          "above": 0.0071
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0899,
          "above": 0.0146
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0585,
          "above": 0.0134
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0058,
          "above": -0.033
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0092,
          "above": -0.0766
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3294,
          "below": -0.0151,
          "above": 0.0117
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0167,
          "above": -0.0684
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0087,
          "above": -0.0153
        },
        "above": -0.0617
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0095,
          "above": 0.0155
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0162,
          "above": -0.0663
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0041,
          "above": 0.0296
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0097,
          "above": -0.0734
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0882,
          "above": 0.0136
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0543,
          "above": 0.0123
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0055,
          "above": -0.0321
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0098,
          "above": -0.0712
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3294,
          "below": -0.0142,
          "above": 0.0107
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0151,
          "above": -0.0646
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0151,
          "above": -0.0085
        },
        "above": -0.0585
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0052,
          "above": -0.0299
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0101,
          "above": -0.0685
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0591,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0335,
          "above": -0.0039
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0322,
          "above": -0.0657
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0195,
          "above": -0.0191
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0572,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.0377,
          "above": -0.0037
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0516,
          "above": 0.0484
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0489,
          "above": 0.0119
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0091,
          "above": 0.0151
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.015,
          "above": -0.0629
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1911,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0277,
          "above": -0.0859
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2295,
          "below": 0.0359,
          "above": -0.0053
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2825,
          "below": 0.0135,
          "above": -0.0857
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0304,
          "above": -0.01
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2023,
          "below": -0.0741,
          "above": 0.0005
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5756,
          "below": 0.0486,
          "above": -0.0166
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0592,
          "above": -0.0027
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1764,
          "below": -0.1074,
          "above": -0.0026
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4923,
          "below": -0.0085,
          "above": 0.0161
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0647,
          "above": -0.0077
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.3542,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.054,
          "above": -0.0061
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1224,
          "above": 0.0186
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0088,
          "above": 0.0152
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0139,
          "above": -0.0611
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.45,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0062,
          "above": -0.0333
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0425,
          "above": -0.0145
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0938,
          "above": 0.0352
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0151,
          "above": -0.009
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4923,
          "below": -0.0081,
          "above": 0.0155
        },
        "above": -0.054
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0039,
          "above": 0.0287
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0609,
          "above": -0.0075
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0132,
          "above": -0.0888
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0215,
          "above": 0.0603
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0907,
          "above": 0.0332
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3345,
          "below": -0.0221,
          "above": 0.0076
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.3542,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": 0.0319,
          "above": -0.0151
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1052,
          "above": 0.0171
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.008,
          "above": 0.014
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0117,
          "above": -0.0592
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0642,
        "below": -0.0521,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0989,
          "below": 0.039,
          "above": -0.0037
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0742,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0881,
          "above": 0.0299
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3345,
          "below": -0.0209,
          "above": 0.0072
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.2295,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0242,
          "above": 0.0798
        },
        "above": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": 0.0061,
          "above": -0.0543
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4923,
          "below": -0.0072,
          "above": 0.014
        },
        "above": -0.049
      },
      {
        "feature": "closeness",
        "threshold": 0.3542,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": 0.0305,
          "above": -0.0141
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0921,
          "above": 0.0154
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.2295,
          "below": 0.0268,
          "above": -0.0128
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1181,
          "below": -0.0752,
          "above": 0.0717
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0473,
          "above": 0.0453
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0461,
          "above": 0.0109
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4923,
          "below": -0.0075,
          "above": 0.0145
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0095,
          "above": -0.0575
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.3542,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0483,
          "above": -0.0049
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0819,
          "above": 0.0134
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.2295,
          "below": 0.0253,
          "above": -0.0121
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1548,
          "below": -0.0677,
          "above": 0.0715
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": 0.0024,
          "above": -0.0558
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.437,
          "below": -0.0831,
          "above": 0.0372
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.9286,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0136,
          "above": -0.0067
        },
        "above": -0.048
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0035,
          "above": 0.0268
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0574,
          "above": -0.0047
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverage",
          "threshold": 0.9435,
          "below": 0.0071,
          "above": -0.0906
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0721,
          "above": 0.0325
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3345,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2825,
          "below": 0.0133,
          "above": -0.0789
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0275,
          "above": -0.0092
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.1176,
          "below": -0.0885,
          "above": -0.002
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5756,
          "below": 0.0446,
          "above": -0.0147
        }
      }
    ]
  },
  "differing": {
    "bias": -3.2778,
    "weights": {
      "coverage": 4.8437,
      "coverageHere": -0.4323,
      "closeness": -0.3704,
      "localBefore": 1.5066,
      "localAfter": 0.9344,
      "bestLocal": 0.8862,
      "siblingAgrees": 0.3314,
      "headMatch": 1.9352,
      "headCosine": -1.7255,
      "headDistinct": -0.9248,
      "headMismatch": -0.8782,
      "headInSentence": -0.5469,
      "headMissing": 0.0891,
      "noHeads": -0.1838,
      "leadCoverage": -0.151,
      "leadMatch": 0.0842,
      "subjectMatch": 1.4466,
      "subjectHere": -0.377,
      "subjectClash": -1.4055,
      "yearMatch": 1.2266,
      "yearClash": -1.6515,
      "periodClash": -0.0682,
      "roleClash": -0.49,
      "rateClash": -2.3331,
      "partClash": 0.0801,
      "timeLike": -0.3166,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.3472,
      "scaleSlip": 5.9849,
      "rank": 2.3273,
      "corpusSize": 0.1742
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0692,
          "above": 0.0896
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.6786,
          "below": -0.1002,
          "above": 0.1525
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0641,
          "above": 0.0839
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0963,
          "below": -0.106,
          "above": 0.0695
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "coverage",
          "threshold": 0.1232,
          "below": -0.1115,
          "above": 0.0736
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.6786,
          "below": -0.0857,
          "above": 0.1284
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0596,
          "above": 0.0735
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0963,
          "below": -0.0913,
          "above": 0.0604
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "coverage",
          "threshold": 0.1232,
          "below": -0.1072,
          "above": 0.0639
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0963,
          "below": -0.0842,
          "above": 0.0539
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0695,
          "above": -0.0283
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.6786,
          "below": -0.0677,
          "above": 0.1018
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0585,
          "above": 0.0602
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.307,
          "below": -0.1288,
          "above": -0.0118
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2681,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0728,
          "above": 0.0462
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1685,
          "above": 0.0051
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.1243,
          "above": 0.022
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0963,
          "below": -0.0684,
          "above": 0.0552
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2681,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0688,
          "above": 0.0415
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1624,
          "above": 0.0067
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": -0.071,
          "above": -0.1568
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6248,
          "below": 0.0249,
          "above": -0.0652
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": -0.0665,
          "above": -0.1521
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0325,
          "above": -0.0367
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1373,
          "above": -0.0396
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.9435,
          "below": 0.0122,
          "above": -0.2054
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2681,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0673,
          "above": 0.0352
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.8568,
          "below": -0.1184,
          "above": 0.0382
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1354,
          "above": -0.0355
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6248,
          "below": 0.0208,
          "above": -0.0585
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0481,
          "above": -0.0443
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.307,
          "below": -0.1247,
          "above": -0.0008
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1332,
          "above": -0.0333
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.6786,
          "below": -0.0019,
          "above": 0.1074
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2681,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.0633,
          "above": 0.031
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1521,
          "above": 0.0171
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0411,
          "above": -0.1412
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.307,
          "below": -0.1562,
          "above": -0.0098
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1308,
          "above": -0.0324
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1232,
          "below": -0.1085,
          "above": 0.0115
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.6786,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0172,
          "above": -0.0665
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0529,
          "above": 0.1733
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1284,
          "above": -0.0291
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6248,
          "below": 0.0173,
          "above": -0.0497
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1232,
        "below": -0.1064,
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0342,
          "above": -0.025
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": 0.0376,
          "above": -0.0725
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0123,
          "above": -0.0891
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0123,
          "above": -0.1491
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.6786,
          "below": 0.001,
          "above": 0.0956
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.9435,
        "below": {
          "feature": "coverage",
          "threshold": 0.2309,
          "below": -0.0517,
          "above": 0.0136
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.3199,
          "above": 0.0205
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0126,
          "above": -0.0782
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.0815,
          "above": 0.1585
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1237,
          "above": -0.0287
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1232,
          "below": -0.1035,
          "above": 0.0091
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0996,
          "above": 0.0038
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0511,
          "above": 0.0557
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0139,
          "above": -0.0827
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0676,
          "above": 0.0993
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0116,
          "above": -0.0705
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.073,
          "above": 0.1594
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1232,
        "below": -0.1017,
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0295,
          "above": -0.0215
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0097,
          "above": -0.1445
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.7083,
          "below": 0.0269,
          "above": -0.0248
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0101,
          "above": -0.0596
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.8568,
          "below": -0.023,
          "above": 0.1793
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1338,
          "above": 0.08
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0164,
          "above": -0.1441
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0129,
          "above": -0.0774
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0603,
          "above": 0.0895
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1192,
          "above": -0.0249
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.001,
          "above": 0.0929
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1232,
        "below": -0.0983,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": 0.0586,
          "above": -0.0085
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "localAfter",
          "threshold": 0.5833,
          "below": -0.1144,
          "above": -0.0188
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.9435,
          "below": 0.0068,
          "above": -0.1137
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1282,
          "above": 0.0847
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0147,
          "above": -0.1408
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.6786,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0118,
          "above": -0.0484
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.047,
          "above": 0.1285
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0091,
          "above": -0.0517
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.0704,
          "above": 0.1414
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0108,
          "above": -0.0694
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3373,
          "below": -0.0881,
          "above": 0.0716
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1086,
          "below": 0.0332,
          "above": -0.0159
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.307,
          "below": -0.1442,
          "above": 0.0024
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0058,
          "above": -0.063
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.8568,
          "below": -0.0307,
          "above": 0.162
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1311,
          "above": 0.0691
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": 0.0883,
          "above": -0.0052
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1145,
          "above": -0.0254
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0248,
          "above": -0.012
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0093,
          "above": -0.0643
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0519,
          "above": 0.0784
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.307,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0943,
          "above": -0.0711
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.0533,
          "above": 0.0262
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0169,
          "above": -0.0276
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.058,
          "above": 0.1302
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": -0.0257,
          "above": -0.1141
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1232,
          "below": -0.0917,
          "above": 0.0059
        }
      },
      {
        "feature": "headMissing",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.1213,
          "above": -0.0023
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.058,
          "above": -0.0358
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0091,
          "above": -0.0609
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0987,
          "above": 0.0608
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0049,
          "above": -0.052
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.8841,
          "below": 0.1198,
          "above": -0.0785
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1086,
          "below": 0.0294,
          "above": -0.0141
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.307,
          "below": -0.135,
          "above": -0.0009
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1638,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2251,
          "below": -0.1126,
          "above": 0.0819
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.061,
          "above": 0.0048
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1086,
          "below": 0.0047,
          "above": -0.1175
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.7083,
          "below": 0.0218,
          "above": -0.0208
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.307,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0821,
          "above": -0.066
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0144,
          "above": -0.1422
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0078,
          "above": -0.0562
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0742,
          "below": -0.0958,
          "above": 0.0577
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0157,
          "above": -0.0253
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.8568,
          "below": -0.0322,
          "above": 0.1402
        }
      },
      {
        "feature": "headMissing",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1086,
          "below": 0.0152,
          "above": -0.0438
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2309,
          "below": -0.1076,
          "above": 0.0363
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": 0.0448,
          "above": -0.0052
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.1378,
          "above": 0.0001
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.307,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0028,
          "above": -0.1469
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0136,
          "above": -0.1367
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0636,
          "above": -0.0499
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0816,
          "above": 0.012
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0071,
          "above": -0.0376
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.8841,
          "below": 0.1144,
          "above": -0.0724
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.1078,
          "above": -0.0205
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0012,
          "above": 0.0684
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0069,
          "above": -0.0522
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0949,
          "above": 0.0556
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1232,
        "below": -0.0873,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": 0.0443,
          "above": -0.0069
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.307,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.0678,
          "above": -0.0609
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8603,
          "below": -0.0435,
          "above": 0.022
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "rank",
          "threshold": 0.029,
          "below": -0.0255,
          "above": -0.1116
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0201,
          "above": -0.01
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0017,
          "above": -0.0586
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.8841,
          "below": 0.1043,
          "above": -0.0717
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1232,
        "below": -0.0851,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": 0.04,
          "above": -0.0062
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.307,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0015,
          "above": -0.1402
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0123,
          "above": -0.132
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "rank",
          "threshold": 0.029,
          "below": -0.0248,
          "above": -0.1084
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.9435,
          "below": 0.0045,
          "above": -0.0718
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.007,
          "above": -0.0508
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0464,
          "above": 0.063
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "headCosine",
          "threshold": 0.5565,
          "below": 0.0381,
          "above": -0.0985
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0735,
          "above": 0.0118
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.118,
          "above": 0.0618
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0101,
          "above": -0.1269
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": 0.0065,
          "above": -0.0315
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.8568,
          "below": -0.0334,
          "above": 0.1192
        }
      },
      {
        "feature": "headMissing",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1316,
          "below": -0.1163,
          "above": -0.0016
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2309,
          "below": -0.1033,
          "above": 0.0302
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1638,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2251,
          "below": -0.107,
          "above": 0.066
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0531,
          "above": 0.0046
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0228,
          "above": -0.1042
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.04,
          "above": 0.0452
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": -0.0156,
          "above": -0.101
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3779,
          "below": 0.0179,
          "above": -0.0091
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0073,
          "above": -0.0271
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1045,
          "above": -0.0483
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0056,
          "above": -0.0464
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0742,
          "below": -0.0927,
          "above": 0.0502
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0552,
          "above": -0.0459
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0667,
          "above": 0.0102
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2815,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0767,
          "above": 0.0255
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3779,
          "below": 0.0834,
          "above": -0.0094
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0112,
          "above": -0.0185
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.0553,
          "above": 0.1002
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1166,
          "above": 0.054
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0093,
          "above": -0.1223
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0054,
          "above": -0.0432
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0891,
          "above": 0.0461
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0034,
          "above": -0.0347
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.1016,
          "above": -0.0466
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2815,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0703,
          "above": 0.022
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3779,
          "below": 0.0781,
          "above": -0.0087
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0518,
          "above": -0.0398
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0614,
          "above": 0.0086
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1201,
          "above": 0.0459
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0088,
          "above": -0.1178
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": 0.0267,
          "above": -0.0098
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.0532,
          "above": 0.0943
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1134,
          "above": 0.0454
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0081,
          "above": -0.1142
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": -0.0143,
          "above": -0.096
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0169,
          "above": -0.0083
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.9435,
        "below": {
          "feature": "logRatio",
          "threshold": 1.0963,
          "below": -0.0036,
          "above": 0.0359
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.1901,
          "above": 0.0492
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": 0.0233,
          "above": -0.0681
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": -0.0344,
          "above": 0.0491
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1166,
          "above": 0.0402
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0076,
          "above": -0.1116
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.225,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0349,
          "above": -0.0258
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.1086,
          "below": 0.0184,
          "above": -0.0534
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2815,
        "below": {
          "feature": "logRatio",
          "threshold": 0.1086,
          "below": 0.0055,
          "above": -0.0879
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3779,
          "below": 0.0722,
          "above": -0.0075
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0041,
          "above": -0.0383
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3373,
          "below": -0.0764,
          "above": 0.0468
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0072,
          "above": -0.021
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7132,
          "below": 0.0989,
          "above": -0.0439
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.0931,
          "above": -0.0143
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0162,
          "above": -0.0078
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1113,
          "above": 0.0388
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0073,
          "above": -0.1086
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0041,
          "above": -0.0367
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0388,
          "above": 0.0542
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.725,
          "below": 0.0068,
          "above": -0.0218
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0776,
          "above": -0.0895
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1638,
          "below": -0.0131,
          "above": -0.0906
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0976,
          "below": 0.0392,
          "above": -0.0021
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.307,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.005,
          "above": -0.1381
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.1062,
          "above": 0.0101
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "headCosine",
          "threshold": 0.5565,
          "below": 0.0315,
          "above": -0.0757
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0573,
          "above": 0.0079
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.9435,
        "below": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0036,
          "above": -0.0815
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.1661,
          "above": 0.0468
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2309,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1134,
          "above": 0.0364
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0976,
          "below": 0.0742,
          "above": -0.0023
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": 0.0054,
          "above": -0.0218
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4702,
          "below": -0.0527,
          "above": 0.0849
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1638,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2251,
          "below": -0.0963,
          "above": 0.049
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0459,
          "above": 0.0052
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8603,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1188,
          "above": 0.0079
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.307,
          "below": -0.0417,
          "above": 0.0159
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.1086,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.775,
          "below": -0.0138,
          "above": 0.0435
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.7083,
          "below": 0.0177,
          "above": -0.0548
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0963,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2681,
          "below": 0.0047,
          "above": -0.0381
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0742,
          "below": -0.0883,
          "above": 0.0403
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0457,
          "above": -0.0346
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.975,
          "below": -0.0246,
          "above": 0.0419
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.505,
          "below": -0.0151,
          "above": 0.0094
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0714,
          "above": -0.0878
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.3779,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.3375,
          "below": -0.009,
          "above": 0.0881
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.505,
          "below": -0.0698,
          "above": 0.0069
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.8,
    "supportPerDecade": 0,
    "conflict": 0.7,
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
      "health",
      "courts",
      "transport",
      "energy",
      "education",
      "dev (never fitted)"
    ],
    "trainingClaims": 484,
    "trainingPairs": 6255,
    "heldOutClaims": 176,
    "heldOutAccuracy": 0.7614,
    "heldOutFalseSupport": 0.1058
  }
};
