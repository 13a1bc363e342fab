/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 16,
  "agreeing": {
    "bias": -3.7754,
    "weights": {
      "coverage": 3.3074,
      "coverageHere": 0.3835,
      "coverageGap": -1.5786,
      "closeness": 1.1652,
      "localBefore": 0.9106,
      "localAfter": -0.2908,
      "bestLocal": 2.2682,
      "siblingAgrees": 0,
      "headMatch": 0.2747,
      "headCosine": -1.0814,
      "headDistinct": -0.6566,
      "headMismatch": -1.1916,
      "headInSentence": 1.471,
      "headMissing": 0.3208,
      "noHeads": 0.8909,
      "leadCoverage": -0.8262,
      "leadMatch": -0.2744,
      "subjectMatch": 1.9504,
      "subjectHere": -0.4721,
      "subjectClash": -1.5857,
      "yearMatch": 0.2269,
      "yearClash": -2.3445,
      "periodClash": 0,
      "roleClash": -1.7349,
      "rateClash": -1.4496,
      "partClash": -0.5549,
      "timeLike": -0.3288,
      "agrees": 0,
      "sameValue": 0.5609,
      "specificAgree": 0.7544,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.2478,
      "corpusSize": -0.4477
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0957,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.0359,
          "above": -0.0226
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0943,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.0326,
          "above": -0.0202
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0928,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.0296,
          "above": -0.0181
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1822,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.1004,
          "above": 0.0465
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2063,
          "below": 0.0701,
          "above": -0.0003
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.09,
        "above": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0935,
          "above": 0.0132
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0885,
        "above": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0907,
          "above": 0.012
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1822,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0979,
          "above": 0.0462
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0349,
          "above": -0.0173
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0857,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.0242,
          "above": -0.0191
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0227,
          "above": -0.1132
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0194,
          "above": -0.0419
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0844,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0087,
          "above": -0.108
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0908,
        "above": {
          "feature": "coverage",
          "threshold": 0.0965,
          "below": -0.0773,
          "above": 0.0088
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0886,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0122,
          "above": -0.04
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0811,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0757,
          "above": -0.0018
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1822,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0951,
          "above": 0.0455
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0295,
          "above": -0.0173
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0328,
          "above": -0.1105
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0284,
          "above": -0.0128
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0855,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0065,
          "above": -0.1011
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0783,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.019,
          "above": -0.0174
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0832,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0059,
          "above": -0.0946
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1822,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0931,
          "above": 0.0425
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2063,
          "below": 0.0515,
          "above": -0.0051
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0366,
          "above": -0.1074
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0202,
          "above": -0.0183
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0754,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0057,
          "above": -0.0895
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0798,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0092,
          "above": -0.0328
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0736,
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0154,
          "above": -0.0188
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1822,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0906,
          "above": 0.0421
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0237,
          "above": -0.0148
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0772,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0047,
          "above": -0.0839
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0052,
          "above": 0.0845
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0038,
          "above": -0.0753
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.041,
          "above": -0.1051
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3293,
          "below": -0.0297,
          "above": 0.0129
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0699,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.0158,
          "above": -0.0158
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0742,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0043,
          "above": -0.0788
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.068,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0567,
          "above": -0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0392,
          "above": -0.1023
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0175,
          "above": -0.0172
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3159,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.2598,
          "below": 0.0044,
          "above": -0.1131
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0336,
          "above": -0.0265
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0671,
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0133,
          "above": -0.017
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0071,
          "above": 0.0388
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0269,
          "above": -0.1665
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0712,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0039,
          "above": -0.0733
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.005,
          "above": 0.0789
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0025,
          "above": -0.07
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4287,
          "below": -0.024,
          "above": 0.0155
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1725,
          "above": 0.0917
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0689,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0147,
          "above": -0.0125
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0643,
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0129,
          "above": -0.0169
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0067,
          "above": 0.0366
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0284,
          "above": -0.155
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0045,
          "above": 0.0736
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0021,
          "above": -0.0673
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3159,
          "below": -0.0215,
          "above": 0.015
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1634,
          "above": 0.0881
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0058,
          "above": 0.0335
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0268,
          "above": -0.1482
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0222,
          "above": -0.0601
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.5182,
          "below": -0.0745,
          "above": 0.013
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0052,
          "above": 0.0316
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0244,
          "above": -0.1418
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "coverage",
          "threshold": 0.8207,
          "below": 0.0179,
          "above": -0.0718
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4287,
          "below": -0.0927,
          "above": 0.0034
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0664,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.014,
          "above": -0.0119
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0624,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.013,
          "above": -0.014
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0402,
          "above": -0.0978
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0189,
          "above": -0.0105
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3293,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0629,
          "above": 0.0622
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0609,
          "above": 0.0144
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0047,
          "above": 0.0295
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0229,
          "above": -0.1345
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0195,
          "above": -0.0489
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3293,
          "below": -0.1208,
          "above": -0.0034
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0136,
          "above": -0.0212
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1524,
          "above": 0.0823
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1822,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0681,
          "above": 0.0897
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2063,
          "below": 0.0367,
          "above": -0.0045
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3159,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.625,
          "below": -0.0509,
          "above": 0.0417
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0162,
          "above": 0.0427
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0106,
          "above": 0.0152
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0191,
          "above": -0.128
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0045,
          "above": 0.0289
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0182,
          "above": -0.1218
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0151,
          "above": -0.0957
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0719,
          "above": 0.0094
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.0063,
          "above": 0.0251
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1478,
          "above": 0.0083
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3159,
          "below": -0.0149,
          "above": 0.0117
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1424,
          "above": 0.0078
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0142,
          "above": -0.0899
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0558,
          "above": 0.0165
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3159,
          "below": -0.0187,
          "above": 0.0126
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.145,
          "above": 0.0763
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.062,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0031,
          "above": 0.0408
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0042,
          "above": 0.0261
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0179,
          "above": -0.1132
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0027,
          "above": 0.0401
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1372,
          "above": 0.0079
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0189,
          "above": -0.049
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3293,
          "below": -0.1172,
          "above": -0.003
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0135,
          "above": -0.0856
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0706,
          "above": 0.0053
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0582,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.047,
          "above": -0.003
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0122,
          "above": -0.0186
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1371,
          "above": 0.0726
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0611,
        "above": {
          "feature": "leadMatch",
          "threshold": 0.15,
          "below": 0.0114,
          "above": -0.0112
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3159,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.625,
          "below": -0.0467,
          "above": 0.0396
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0029,
          "above": 0.0877
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0039,
          "above": 0.0656
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.001,
          "above": -0.059
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.7301,
        "below": {
          "feature": "coverage",
          "threshold": 0.4287,
          "below": -0.0172,
          "above": 0.0321
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.2643,
          "below": 0.0016,
          "above": -0.074
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0165,
          "above": -0.0084
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1304,
          "above": 0.0092
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0123,
          "above": -0.0179
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1314,
          "above": 0.0683
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.056,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0447,
          "above": -0.0025
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0592,
        "above": {
          "feature": "leadMatch",
          "threshold": 0.15,
          "below": 0.0112,
          "above": -0.0104
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.3159,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.2598,
          "below": 0.0065,
          "above": -0.0926
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0023,
          "above": 0.0844
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0099,
          "above": 0.014
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0164,
          "above": -0.1028
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0546,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0413,
          "above": -0.0022
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0578,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0022,
          "above": 0.0357
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0033,
          "above": 0.0608
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.001,
          "above": -0.0568
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0381,
          "above": -0.0908
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3293,
          "below": -0.0226,
          "above": 0.0087
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3159,
          "below": -0.0163,
          "above": 0.0114
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1256,
          "above": 0.0657
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8207,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0146,
          "above": -0.0174
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1097,
          "above": 0.0182
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0024,
          "above": 0.0391
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1251,
          "above": 0.0094
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0161,
          "above": -0.0082
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1192,
          "above": 0.0088
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0534,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7301,
          "below": 0.0104,
          "above": -0.011
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0099,
          "above": 0.0135
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0142,
          "above": -0.0945
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.4287,
          "below": -0.0165,
          "above": 0.0102
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1202,
          "above": 0.0625
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0036,
          "above": 0.0281
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1135,
          "above": 0.0087
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8207,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0136,
          "above": -0.0165
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0947,
          "above": 0.0152
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0149,
          "above": -0.0077
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.107,
          "above": 0.0078
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0555,
        "above": {
          "feature": "leadMatch",
          "threshold": 0.975,
          "below": 0.0093,
          "above": -0.0115
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0034,
          "above": 0.0575
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0009,
          "above": -0.0543
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0519,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0357,
          "above": -0.002
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0895,
          "above": 0.0339
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0155,
          "above": -0.0082
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "coverage",
          "threshold": 0.3293,
          "below": -0.0457,
          "above": 0.0068
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5711,
          "below": 0.0509,
          "above": -0.0174
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.004,
          "above": 0.0255
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.012,
          "above": -0.0867
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0034,
          "above": 0.0278
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0994,
          "above": 0.0075
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0107,
          "above": -0.0152
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1145,
          "above": 0.0599
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0089,
          "above": 0.0122
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.011,
          "above": -0.0838
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0031,
          "above": 0.0546
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0004,
          "above": -0.0517
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0521,
        "above": {
          "feature": "leadMatch",
          "threshold": 0.15,
          "below": 0.0101,
          "above": -0.0094
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5164,
          "below": -0.0549,
          "above": 0.0533
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0185,
          "above": -0.0174
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0024,
          "above": 0.0488
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0005,
          "above": -0.0513
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3159,
          "below": -0.015,
          "above": 0.0102
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1098,
          "above": 0.0575
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0031,
          "above": 0.0266
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0941,
          "above": 0.0077
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0035,
          "above": 0.0234
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0102,
          "above": -0.0806
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.4167,
        "below": {
          "feature": "headMatch",
          "threshold": 0.175,
          "below": -0.0048,
          "above": 0.0426
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.077,
          "above": 0.0114
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.4086,
        "below": {
          "feature": "coverage",
          "threshold": 0.8207,
          "below": 0.0129,
          "above": -0.0401
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3293,
          "below": -0.0994,
          "above": -0.0005
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0965,
        "below": -0.0483,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0899,
          "below": 0.0365,
          "above": -0.0021
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6803,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6047,
          "below": -0.0023,
          "above": 0.046
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0001,
          "above": -0.0496
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.1833,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.1198,
          "below": -0.0635,
          "above": 0.0002
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5711,
          "below": 0.0465,
          "above": -0.0153
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.975,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0119,
          "above": -0.0825
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.044,
          "above": 0.0173
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5164,
          "below": -0.0509,
          "above": 0.0471
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0165,
          "above": -0.0144
        }
      },
      {
        "feature": "rateClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0783,
          "below": 0.0124,
          "above": -0.011
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3192,
          "below": -0.1061,
          "above": 0.055
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0037,
          "above": 0.024
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0073,
          "above": -0.0757
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4804,
          "below": -0.0076,
          "above": 0.0126
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.007,
          "above": -0.0729
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.8167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.014,
          "above": -0.0067
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0856,
          "above": 0.0068
        }
      }
    ]
  },
  "differing": {
    "bias": -1.788,
    "weights": {
      "coverage": 5.4825,
      "coverageHere": -1.19,
      "coverageGap": -2.1978,
      "closeness": -0.3639,
      "localBefore": 1.8424,
      "localAfter": 0.5703,
      "bestLocal": 0.8662,
      "siblingAgrees": 0.3306,
      "headMatch": 1.9857,
      "headCosine": -1.7762,
      "headDistinct": -1.0164,
      "headMismatch": -0.97,
      "headInSentence": -0.5604,
      "headMissing": 0.2688,
      "noHeads": -0.2336,
      "leadCoverage": -0.6536,
      "leadMatch": 0.0573,
      "subjectMatch": 1.5126,
      "subjectHere": -0.8574,
      "subjectClash": -1.305,
      "yearMatch": 1.1361,
      "yearClash": -1.9038,
      "periodClash": -0.3568,
      "roleClash": -0.4518,
      "rateClash": -2.2675,
      "partClash": -0.0726,
      "timeLike": -0.598,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.3033,
      "scaleSlip": 5.5149,
      "rank": 2.3688,
      "corpusSize": -0.0176
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1096,
          "above": 0.0848
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.58,
          "below": -0.0791,
          "above": 0.1317
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1141,
          "above": 0.0613
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.2574,
          "below": -0.1217,
          "above": 0.0835
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1121,
          "above": 0.0562
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1848,
          "above": -0.0135
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1111,
          "below": 0.0272,
          "above": 0.1317
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.58,
          "below": -0.0682,
          "above": 0.1146
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1101,
          "above": 0.0498
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.7588,
          "below": -0.1395,
          "above": 0.0209
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7061,
          "below": 0.0639,
          "above": -0.0887
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.58,
          "below": -0.0605,
          "above": 0.0998
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0443,
          "above": 0.0548
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.175,
          "above": 0.0001
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1087,
          "above": 0.0414
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1688,
          "above": 0.0001
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1111,
          "below": 0.0125,
          "above": 0.114
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1384,
          "above": -0.0088
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": -0.0037,
          "above": -0.1363
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0409,
          "above": -0.0447
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1111,
          "below": 0.0099,
          "above": 0.105
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.2574,
          "below": -0.0536,
          "above": 0.0799
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": -0.0067,
          "above": -0.1335
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6055,
          "below": 0.0341,
          "above": -0.0552
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.1117,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": 0.0036,
          "above": 0.3243
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0422,
          "above": -0.0539
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.1594,
          "above": 0.0091
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1401,
          "above": -0.0168
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1104,
          "above": 0.0169
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.214,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7061,
          "below": 0.0317,
          "above": -0.0958
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.7588,
          "below": -0.118,
          "above": 0.0373
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0964,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.261,
          "above": -0.0168
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0524,
          "above": -0.0352
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4047,
          "below": -0.1427,
          "above": -0.0094
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.0964,
          "below": -0.0373,
          "above": 0.0338
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.1093,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0949,
          "above": -0.0104
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1341,
          "above": -0.0148
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1079,
          "above": 0.0139
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "headCosine",
          "threshold": 0.2564,
          "below": 0.0058,
          "above": 0.0935
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.035,
          "above": 0.1973
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.1064,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0804,
          "above": -0.0096
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": -0.0044,
          "above": -0.1297
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.6055,
          "below": 0.0267,
          "above": -0.0445
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.58,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0162,
          "above": -0.0629
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": -0.0368,
          "above": 0.1806
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.1049,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0713,
          "above": -0.0086
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1312,
          "above": -0.0099
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1563,
          "below": -0.1032,
          "above": 0.0111
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2574,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0146,
          "above": -0.0683
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": -0.0388,
          "above": 0.1349
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": -0.0039,
          "above": -0.1341
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0025,
          "above": 0.1193
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0964,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.2317,
          "above": -0.0093
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0438,
          "above": -0.0311
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.1021,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0001,
          "above": 0.1862
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1255,
          "above": -0.0084
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0008,
          "above": 0.1015
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4495,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0557,
          "above": 0.0344
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.068,
          "above": 0.1522
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2574,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0139,
          "above": -0.0635
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": -0.0388,
          "above": 0.122
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.1006,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0001,
          "above": 0.1611
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0418,
          "above": -0.055
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.7588,
          "below": -0.0486,
          "above": 0.0377
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0964,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.2048,
          "above": -0.0071
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0401,
          "above": -0.0293
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.0994,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0531,
          "above": -0.007
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1227,
          "above": -0.0069
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0136,
          "above": -0.0428
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0126,
          "above": -0.0582
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": -0.0473,
          "above": 0.1476
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.098,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0003,
          "above": 0.134
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0382,
          "above": -0.0483
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0252,
          "above": -0.0508
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2574,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0118,
          "above": -0.0557
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": -0.0356,
          "above": 0.1102
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverage",
          "threshold": 0.2562,
          "below": 0.0145,
          "above": -0.1086
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0175,
          "above": -0.0502
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0114,
          "above": -0.0522
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": -0.0367,
          "above": 0.1408
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.0967,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0004,
          "above": 0.1265
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.4047,
          "below": -0.1214,
          "above": 0.0028
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0164,
          "above": -0.0478
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2574,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0111,
          "above": -0.0519
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0833,
          "above": -0.0856
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0964,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.1806,
          "above": -0.005
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0352,
          "above": -0.0251
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0098,
          "above": -0.0454
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": -0.0285,
          "above": 0.1376
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.0954,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0004,
          "above": 0.1155
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.117,
          "above": -0.004
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0118,
          "above": -0.0376
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0545,
          "above": 0.0068
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": 0.1199,
          "above": -0.0546
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.035,
          "above": -0.0467
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2526,
          "below": -0.0885,
          "above": 0.0032
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0964,
          "below": -0.0416,
          "above": 0.0099
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.1001,
          "above": -0.0308
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.0931,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0006,
          "above": 0.1061
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5523,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1255,
          "below": -0.1408,
          "above": 0.0148
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0907,
          "below": 0.0641,
          "above": -0.0827
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2574,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0104,
          "above": -0.0481
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": -0.0415,
          "above": 0.094
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0097,
          "above": -0.0418
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": 0.1143,
          "above": -0.0493
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0339,
          "above": -0.0721
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.1139,
          "above": -0.0104
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0867,
          "above": 0.0407
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3374,
          "below": 0.089,
          "above": -0.0048
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1143,
          "above": -0.0005
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0105,
          "above": -0.0342
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0311,
          "above": 0.0379
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2526,
          "below": -0.0851,
          "above": 0.0021
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.001,
          "above": -0.1977
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0945,
          "above": -0.0296
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.009,
          "above": -0.0377
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": -0.0299,
          "above": 0.1174
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0008,
          "above": -0.1875
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0911,
          "above": -0.0291
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7061,
          "below": 0.0255,
          "above": -0.0824
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2526,
          "below": -0.0823,
          "above": 0.0018
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2574,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0086,
          "above": -0.0414
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0623,
          "above": 0.077
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0497,
          "above": 0.0058
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": 0.1053,
          "above": -0.0567
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8501,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5523,
          "below": 0.0058,
          "above": -0.0552
        },
        "above": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.12,
          "above": 0.2063
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": 0.0302,
          "above": -0.0129
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3375,
          "below": -0.1554,
          "above": 0.0057
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.7588,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0081,
          "above": -0.0702
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3175,
          "below": -0.1217,
          "above": 0.0659
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0964,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": -0.1187,
          "above": 0.0095
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0332,
          "above": -0.0273
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0964,
          "below": -0.0326,
          "above": 0.0084
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0897,
          "above": -0.03
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0317,
          "above": -0.0656
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0987,
          "above": -0.0093
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.0875,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0375,
          "above": -0.0058
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1094,
          "above": -0.0008
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0009,
          "above": 0.0661
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "coverage",
          "threshold": 0.2195,
          "below": -0.1256,
          "above": 0.0028
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.1041,
          "above": -0.0066
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0043,
          "above": -0.1659
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0884,
          "above": -0.0076
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2917,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.078,
          "above": -0.0587
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0124,
          "above": -0.1415
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0008,
          "above": -0.1663
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0867,
          "above": -0.0288
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0831,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0338,
          "above": 0.0345
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0316,
          "above": 0.0382
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0437,
          "above": 0.0045
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0878,
          "above": -0.0882
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": 0.0277,
          "above": -0.0119
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3375,
          "below": -0.1476,
          "above": 0.0034
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0009,
          "above": -0.1528
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0851,
          "above": -0.0284
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.4769,
          "below": -0.1027,
          "above": 0.0012
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0007,
          "above": 0.0696
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.0832,
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.0598,
          "above": -0.0024
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0008,
          "above": -0.1437
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0821,
          "above": -0.0278
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": 0.0257,
          "above": -0.0111
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3375,
          "below": -0.1416,
          "above": 0.0035
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.7588,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5537,
          "below": -0.0003,
          "above": -0.1397
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0827,
          "above": 0.0709
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": -0.1019,
          "above": 0.0015
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8501,
          "below": -0.0008,
          "above": 0.0658
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5523,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1255,
          "below": -0.1273,
          "above": 0.0106
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.225,
          "below": 0.0096,
          "above": -0.1661
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0085,
          "above": -0.0324
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": 0.0918,
          "above": -0.0586
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5523,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1255,
          "below": -0.1241,
          "above": 0.0099
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.225,
          "below": 0.0073,
          "above": -0.1611
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.9889,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0072,
          "above": -0.0473
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0614,
          "above": -0.1183
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8501,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7061,
          "below": 0.0013,
          "above": -0.0898
        },
        "above": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.1167,
          "above": 0.1514
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.008,
          "above": -0.0303
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": 0.0891,
          "above": -0.0538
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1548,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0279,
          "above": -0.0544
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0771,
          "above": -0.0075
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0725,
          "above": 0.0311
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3772,
          "below": 0.0582,
          "above": -0.0088
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1035,
          "above": 0.0102
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": 0.0145,
          "above": -0.01
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1563,
        "below": -0.079,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0312,
          "above": -0.0054
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5523,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1255,
          "below": -0.1208,
          "above": 0.0092
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0907,
          "below": 0.0586,
          "above": -0.0729
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.0833,
          "below": 0.045,
          "above": -0.0653
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0348,
          "above": 0.0248
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0045,
          "above": -0.0373
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0784,
          "above": -0.073
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2526,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": -0.0554,
          "above": 0.0527
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3772,
          "below": 0.0533,
          "above": -0.0078
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.4325,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.007,
          "above": -0.0226
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.0829,
          "below": 0.0778,
          "above": -0.0288
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.9889,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0064,
          "above": -0.0425
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0573,
          "above": -0.115
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0367,
          "above": 0.0033
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": -0.0379,
          "above": 0.0951
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": 0.0221,
          "above": -0.0094
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0137,
          "above": -0.2239
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0994,
          "above": 0.0084
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0017,
          "above": 0.0499
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.9889,
        "below": {
          "feature": "logRatio",
          "threshold": 0.214,
          "below": 0.0057,
          "above": -0.0395
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0533,
          "above": -0.1129
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1848,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.625,
          "below": -0.031,
          "above": 0.0962
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0021,
          "above": -0.1367
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2195,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1289,
          "above": 0.0663
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0092,
          "above": -0.1323
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1848,
          "below": 0.0342,
          "above": -0.0047
        },
        "above": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": -0.0125,
          "above": -0.2179
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2195,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.1263,
          "above": 0.0584
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0085,
          "above": -0.1289
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4495,
          "below": 0.0069,
          "above": -0.0252
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7191,
          "below": 0.0834,
          "above": -0.0569
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2195,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": -0.1229,
          "above": 0.0579
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0078,
          "above": -0.1259
        }
      },
      {
        "feature": "rank",
        "threshold": 0.029,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0946,
          "above": 0.0071
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.0831,
          "below": 0.0123,
          "above": -0.009
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.7588,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5537,
          "below": -0.0003,
          "above": -0.1315
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.2618,
          "below": -0.0748,
          "above": 0.0603
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.3772,
          "below": 0.0159,
          "above": -0.0164
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0409,
          "above": 0.0753
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5523,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1255,
          "below": -0.1116,
          "above": 0.0076
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.225,
          "below": 0.0091,
          "above": -0.1588
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.9,
    "supportPerDecade": 0,
    "conflict": 0.85,
    "disputeMargin": 0.1,
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
    "trainingPairs": 7865,
    "heldOutClaims": 213,
    "heldOutAccuracy": 0.7746,
    "heldOutFalseSupport": 0.0991
  }
};
