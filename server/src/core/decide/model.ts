/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 25,
  "agreeing": {
    "bias": -1.9495,
    "weights": {
      "coverage": 2.639,
      "coverageHere": -0.103,
      "coverageGap": -1.9271,
      "closeness": 1.3426,
      "localBefore": 0.8663,
      "localAfter": -0.2722,
      "bestLocal": 1.6123,
      "siblingAgrees": 0,
      "headMatch": 1.2711,
      "headCosine": -1.0651,
      "headDistinct": -0.1987,
      "headMismatch": -0.256,
      "headInSentence": 0.6203,
      "headMissing": 0.5057,
      "noHeads": 1.0005,
      "leadCoverage": -0.6688,
      "leadMatch": -0.3499,
      "trailMatch": 0.5313,
      "negationClash": -0.8545,
      "subjectMatch": 1.2202,
      "subjectHere": -0.1127,
      "subjectClash": -1.5676,
      "subjectShift": -0.5987,
      "yearMatch": -0.0658,
      "yearClash": -2.4517,
      "periodClash": 0.0479,
      "roleClash": -1.3232,
      "rateClash": 0,
      "partClash": -0.6121,
      "timeLike": -0.3936,
      "agrees": 0,
      "sameValue": 0.5199,
      "specificAgree": 0.6547,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.3903,
      "corpusSize": -0.6061
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.1017,
          "above": -0.0005
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0623,
          "above": 0.0258
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.1003,
          "above": -0.0004
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0552,
          "above": 0.0234
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0989,
          "above": -0.0004
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0491,
          "above": 0.0212
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0974,
          "above": -0.0004
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0358,
          "above": -0.0178
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0853,
          "above": 0.0445
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0415,
          "above": 0.0224
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0956,
          "above": -0.0013
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0257,
          "above": -0.0266
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0941,
          "above": -0.0013
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0315,
          "above": -0.0169
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0822,
          "above": 0.0393
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0323,
          "above": -0.0137
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0919,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0411,
          "above": 0.0153
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0923,
          "above": -0.0013
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0632,
          "above": -0.0043
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0902,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0366,
          "above": 0.0137
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0905,
          "above": -0.0018
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0212,
          "above": -0.0243
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0983,
          "above": 0.0059
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0284,
          "above": -0.0132
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0889,
          "above": -0.0012
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0556,
          "above": -0.0045
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0868,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.028,
          "above": 0.0135
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0764,
          "above": 0.0382
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0181,
          "above": -0.026
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0867,
          "above": -0.0025
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0241,
          "above": -0.0147
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0838,
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0151,
          "above": -0.0193
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0851,
          "above": -0.003
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0484,
          "above": -0.0044
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0949,
          "above": 0.0091
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0239,
          "above": -0.0118
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0807,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0306,
          "above": 0.0103
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.2308,
          "above": -0.0646
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2398,
          "below": 0.0535,
          "above": -0.0055
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0786,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.021,
          "above": 0.0124
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0817,
          "above": -0.0005
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0449,
          "above": -0.0042
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0968,
          "below": 0.0128,
          "above": -0.0939
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0178,
          "above": -0.0176
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.066,
          "above": 0.0306
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0415,
          "above": 0.0242
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0084,
          "above": 0.1301
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1357,
          "above": -0.0034
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0764,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0051,
          "above": -0.0728
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0565,
          "above": 0.0285
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0038,
          "above": -0.1112
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0789,
          "above": -0.0012
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0154,
          "above": -0.02
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0834,
          "above": 0.1102
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0293,
          "above": -0.0167
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0796,
          "above": 0.0601
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0278,
          "above": -0.0276
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "coverage",
          "threshold": 0.3601,
          "below": -0.0158,
          "above": 0.0491
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1804,
          "below": 0.0672,
          "above": -0.0218
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0384,
          "above": -0.0237
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0036,
          "above": -0.1007
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0735,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0047,
          "above": -0.0676
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0225,
          "above": -0.2087
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0071,
          "above": 0.043
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0084,
          "above": 0.1158
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1163,
          "above": -0.0024
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0722,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0163,
          "above": -0.0111
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0461,
          "above": -0.0117
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0053,
          "above": -0.1065
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1356,
          "below": 0.0031,
          "above": -0.0716
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0443,
          "above": -0.005
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0756,
          "above": 0.0549
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0245,
          "above": -0.0235
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0718,
          "below": 0.0164,
          "above": -0.0099
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1049,
          "above": 0.0136
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0699,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0307,
          "above": -0.0041
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0723,
          "above": -0.0023
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.04,
          "above": -0.0045
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.059,
          "above": 0.0347
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2779,
          "below": -0.0835,
          "above": 0.0185
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0408,
          "above": -0.0165
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0334,
          "above": 0.0187
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0065,
          "above": 0.1027
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1264,
          "above": -0.0039
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8973,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.015,
          "above": -0.1385
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0448,
          "above": -0.0061
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0233,
          "above": 0.0083
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0979,
          "above": 0.012
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0687,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0138,
          "above": -0.0111
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0345,
          "above": -0.0232
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0031,
          "above": -0.0824
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.0544,
          "above": 0.0314
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2779,
          "below": -0.081,
          "above": 0.0171
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1356,
          "below": 0.0039,
          "above": -0.0678
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.037,
          "above": -0.0044
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1669,
          "above": -0.057
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0202,
          "above": -0.0217
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0668,
          "above": 0.0038
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0934,
          "above": 0.013
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0122,
          "above": 0.0533
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0006,
          "above": -0.0631
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0426,
          "above": -0.0132
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0301,
          "above": 0.0164
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8973,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0136,
          "above": -0.1147
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0069,
          "above": 0.0418
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0032,
          "above": 0.04
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.141,
          "above": 0.0101
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.01,
          "above": 0.0502
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.017,
          "above": 0.0704
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0645,
          "above": 0.0037
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0863,
          "above": 0.0104
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0063,
          "above": 0.0913
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1182,
          "above": -0.0019
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0583,
          "above": 0.0181
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.1002,
          "above": 0.0064
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0193,
          "above": 0.0516
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.0043,
          "above": -0.0554
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.153,
          "above": -0.0053
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0427,
          "above": 0.0061
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0054,
          "above": 0.0856
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1076,
          "above": -0.0026
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.042,
          "above": -0.0127
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0022,
          "above": -0.0777
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0638,
          "above": 0.0036
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0818,
          "above": 0.0108
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0172,
          "above": 0.0485
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0629,
          "above": -0.0187
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1393,
          "above": -0.0039
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0401,
          "above": 0.0057
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0532,
          "above": 0.0172
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0895,
          "above": 0.0047
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1287,
          "above": -0.0013
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0831,
          "above": -0.0009
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0089,
          "above": 0.0477
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0008,
          "above": -0.0579
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0764,
          "above": 0.0469
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0497,
          "above": 0.0021
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0412,
          "above": -0.012
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0025,
          "above": -0.0733
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0608,
          "above": 0.0034
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0771,
          "above": 0.0095
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0157,
          "above": 0.046
        },
        "above": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": -0.0183,
          "above": 0.0523
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1182,
          "above": -0.0023
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0372,
          "above": 0.0052
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0396,
          "above": -0.0112
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0024,
          "above": -0.0681
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.019,
          "above": -0.1113
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0071,
          "above": 0.0386
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0015,
          "above": 0.0508
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0966,
          "above": 0.0379
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0726,
          "above": 0.0436
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0809,
          "above": -0.0005
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0514,
          "above": 0.0159
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0793,
          "above": 0.0041
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0096,
          "above": 0.0866
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.047,
          "above": 0.0019
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0015,
          "above": 0.0479
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1286,
          "above": 0.0139
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.014,
          "above": 0.0315
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0777,
          "above": 0.0068
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0043,
          "above": 0.0765
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.0996,
          "above": -0.0036
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0483,
          "above": 0.0158
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0716,
          "above": 0.0012
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0684,
          "above": 0.0422
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0792,
          "above": -0.001
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0378,
          "above": -0.0107
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0061,
          "above": -0.0335
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6047,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0409,
          "above": 0.0032
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1102,
          "below": -0.0677,
          "above": 0.0487
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0138,
          "above": 0.0432
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0582,
          "above": -0.0171
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0042,
          "above": 0.071
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.0945,
          "above": -0.0028
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.0041,
          "above": 0.0182
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0698,
          "above": 0.0103
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0461,
          "above": 0.0147
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0656,
          "above": 0.001
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0634,
          "above": 0.0417
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0352,
          "above": 0.0043
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0718,
          "below": 0.0157,
          "above": -0.0093
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1203,
          "above": 0.0124
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0269,
          "above": -0.0127
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.07,
          "above": 0.0047
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0579,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0274,
          "above": -0.0042
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0125,
          "above": 0.0402
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0548,
          "above": -0.0158
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.015,
          "above": -0.0533
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0304,
          "above": 0.0389
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.004,
          "above": 0.0177
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0659,
          "above": 0.0092
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0718,
          "below": 0.0152,
          "above": -0.0089
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0841,
          "above": 0.0369
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.011,
          "above": 0.0458
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0016,
          "above": -0.0533
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0135,
          "above": -0.0933
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3601,
          "below": -0.0653,
          "above": 0.0014
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.056,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0259,
          "above": -0.004
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0467,
          "above": 0.0139
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0613,
          "above": 0.0013
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.0996,
          "above": -0.0033
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0328,
          "above": 0.0042
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6047,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0385,
          "above": 0.003
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1102,
          "below": -0.0637,
          "above": 0.0449
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.2121,
          "below": -0.0371,
          "above": 0.0215
        },
        "above": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": -0.0159,
          "above": 0.0468
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.062,
          "above": 0.0393
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0091,
          "above": 0.0444
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0359,
          "above": -0.0109
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0014,
          "above": -0.0678
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0538,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0241,
          "above": -0.0035
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.0042,
          "above": 0.0174
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0613,
          "above": 0.011
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0125,
          "above": 0.0283
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.15,
          "below": 0.0188,
          "above": -0.0403
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.039,
          "above": 0.0182
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0017,
          "above": -0.0623
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0149,
          "above": -0.0459
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.022,
          "above": -0.0354
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0527,
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": 0.0495,
          "above": -0.001
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0646,
          "above": 0.0615
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2398,
          "below": 0.036,
          "above": -0.0051
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0339,
          "above": -0.0093
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0064,
          "above": -0.0297
        }
      }
    ]
  },
  "differing": {
    "bias": -1.7415,
    "weights": {
      "coverage": 4.6813,
      "coverageHere": -2.1157,
      "coverageGap": -2.0286,
      "closeness": 0.2634,
      "localBefore": 1.275,
      "localAfter": -0.4169,
      "bestLocal": 0.8568,
      "siblingAgrees": -0.3918,
      "headMatch": 2.403,
      "headCosine": -1.7234,
      "headDistinct": -0.7092,
      "headMismatch": -1.4713,
      "headInSentence": -0.0422,
      "headMissing": -0.0532,
      "noHeads": -0.0488,
      "leadCoverage": 0.0609,
      "leadMatch": 0.2013,
      "trailMatch": 0.4297,
      "negationClash": 0.8493,
      "subjectMatch": 1.5051,
      "subjectHere": -0.1622,
      "subjectClash": -0.8198,
      "subjectShift": -0.8618,
      "yearMatch": 1.6054,
      "yearClash": -2.1505,
      "periodClash": -0.3391,
      "roleClash": -0.6948,
      "rateClash": -1.0912,
      "partClash": -1.5115,
      "timeLike": -0.9305,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.1598,
      "scaleSlip": 4.8683,
      "rank": 2.5059,
      "corpusSize": 0.0117
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1166,
          "above": 0.0712
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1242,
          "above": 0.0045
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1142,
          "above": 0.0659
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0499,
          "above": 0.2033
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0698,
          "above": -0.0463
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.111,
          "above": 0.0072
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.113,
          "above": 0.0572
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0422,
          "above": 0.1673
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0614,
          "above": -0.0456
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.099,
          "above": 0.009
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1117,
          "above": 0.0494
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.047,
          "below": -0.0465,
          "above": 0.0739
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0471,
          "above": -0.0891
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0335,
          "above": 0.1472
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.3289,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0147,
          "above": -0.065
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": -0.0706,
          "above": 0.1567
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.1273,
          "above": 0.1165
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0209,
          "above": -0.0558
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0101,
          "above": -0.0729
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.1625,
          "below": 0.0276,
          "above": 0.5425
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0133,
          "above": -0.082
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1167,
          "above": 0.122
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0224,
          "above": -0.037
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.1625,
          "below": 0.0291,
          "above": 0.3937
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0284,
          "above": -0.0231
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.125,
          "below": 0.2461,
          "above": 0.0486
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0101,
          "above": -0.0711
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1078,
          "above": 0.1114
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0089,
          "above": -0.0853
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.02,
          "above": 0.2971
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.1187,
          "above": 0.1033
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0818,
          "below": -0.109,
          "above": 0.0112
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0078,
          "above": -0.0616
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.1872,
          "above": -0.0988
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0207,
          "above": -0.0928
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.1686,
          "above": 0.0136
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.3289,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0174,
          "above": -0.0388
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.1094,
          "above": -0.0944
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.009,
          "above": -0.0637
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1038,
          "above": 0.0957
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "rank",
          "threshold": 0.0351,
          "below": -0.1109,
          "above": 0.0027
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0199,
          "above": 0.2278
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0241,
          "above": -0.0196
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.125,
          "below": 0.1719,
          "above": 0.0399
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0071,
          "above": -0.0572
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.1046,
          "above": 0.1535
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0156,
          "above": -0.1352
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.1444,
          "above": 0.014
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0147,
          "above": -0.0418
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0957,
          "above": 0.0849
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0063,
          "above": -0.0696
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.1048,
          "above": 0.1297
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1148,
          "above": 0.0324
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0704,
          "above": 0.0127
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0069,
          "above": 0.1296
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1383,
          "above": 0.0324
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": -0.1311,
          "above": 0.0584
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0818,
          "below": -0.1067,
          "above": 0.0088
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0139,
          "above": -0.0243
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.0972,
          "below": 0.1185,
          "above": -0.0438
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "coverage",
          "threshold": 0.4046,
          "below": -0.0132,
          "above": 0.0445
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1531,
          "above": 0.0074
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0068,
          "above": -0.0522
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.076,
          "above": -0.1043
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "rank",
          "threshold": 0.0392,
          "below": -0.0824,
          "above": 0.0038
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.1022,
          "above": 0.1163
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.009,
          "above": -0.0487
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1587,
          "above": -0.0397
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0381,
          "above": -0.0106
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1626,
          "above": 0.0059
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0133,
          "above": -0.0334
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0989,
          "above": 0.0728
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0058,
          "above": -0.0512
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.1262,
          "above": -0.0931
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0147,
          "above": 0.0269
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.2504,
          "above": -0.0034
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.0086,
          "above": -0.0453
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": -0.0385,
          "above": 0.155
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0066,
          "above": 0.1175
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1284,
          "above": 0.0288
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0232,
          "above": -0.0147
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.003,
          "above": -0.1288
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0022,
          "above": -0.0755
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1457,
          "above": -0.0435
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0126,
          "above": -0.0348
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.091,
          "above": 0.0718
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0004,
          "above": -0.1426
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.1023,
          "above": -0.0438
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0056,
          "above": -0.0632
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.124,
          "above": 0.0925
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.0071,
          "above": -0.0371
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1292,
          "above": 0.1054
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2841,
          "below": -0.0813,
          "above": 0.0182
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1857,
          "below": 0.1019,
          "above": -0.0035
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0346,
          "above": -0.0101
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1539,
          "above": 0.0068
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": -0.1263,
          "above": 0.0534
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0818,
          "below": -0.1032,
          "above": 0.0069
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.45,
          "below": -0.003,
          "above": 0.0492
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0026,
          "above": -0.1168
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0122,
          "above": -0.0305
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0976,
          "above": 0.0644
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0359,
          "above": -0.1137
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0949,
          "above": -0.0113
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0307,
          "above": -0.0081
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1502,
          "above": 0.0013
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0071,
          "above": -0.0392
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0637,
          "above": -0.1009
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0392,
          "below": -0.1461,
          "above": -0.0008
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0589,
          "above": -0.0572
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0016,
          "above": -0.0668
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.136,
          "above": -0.047
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.0456,
          "above": 0.0115
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": -0.0008,
          "above": -0.1083
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0068,
          "above": -0.0373
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0829,
          "above": 0.0655
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0324,
          "above": -0.1031
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0891,
          "above": -0.0112
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.453,
          "below": -0.018,
          "above": 0.021
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.1075,
          "above": 0.0587
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0017,
          "above": -0.0631
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": -0.0481,
          "above": 0.1312
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5247,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.453,
          "below": -0.0074,
          "above": 0.0831
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.725,
          "below": -0.0615,
          "above": 0.0739
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0047,
          "above": 0.0969
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1136,
          "above": 0.0222
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.0483,
          "above": 0.0114
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.5869,
          "below": -0.0618,
          "above": 0.0371
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.004,
          "above": 0.0901
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1055,
          "above": 0.0188
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.0348,
          "above": 0.0353
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1146,
          "above": 0.0081
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.577,
          "below": 0.0019,
          "above": -0.0583
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0577,
          "above": -0.0992
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0125,
          "above": -0.0198
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1236,
          "above": -0.0448
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0054,
          "above": -0.0484
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0865,
          "above": 0.0995
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1581,
          "below": -0.0653,
          "above": 0.023
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0545,
          "above": 0.0341
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.056,
          "above": 0.067
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0729,
          "above": 0.0073
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0222,
          "above": -0.1122
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1496,
          "above": 0.0023
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0031,
          "above": 0.0807
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1002,
          "above": 0.0168
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1581,
          "below": -0.0626,
          "above": 0.0227
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.095,
          "above": 0.0048
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0017,
          "above": -0.1615
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0955,
          "above": -0.0025
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": 0.055,
          "above": -0.0199
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0926,
          "above": 0.0272
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0024,
          "above": 0.0758
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.0932,
          "above": 0.0115
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.0287,
          "above": 0.0305
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0085,
          "above": -0.0767
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0116,
          "above": -0.0186
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.113,
          "above": -0.0384
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0607,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.4659,
          "below": -0.0682,
          "above": 0.0204
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.015,
          "above": -0.0577
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0042,
          "above": -0.0442
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3349,
          "below": 0.0927,
          "above": -0.1012
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": 0.0509,
          "above": -0.0165
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.1209,
          "above": 0.0115
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0097,
          "above": -0.018
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.0888,
          "above": -0.0433
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.007,
          "above": -0.0363
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.107,
          "above": 0.052
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.1213,
          "below": -0.1025,
          "above": 0.0161
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0459,
          "above": 0.0263
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.1105,
          "above": 0.0016
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": 0.0393,
          "above": -0.0775
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0014,
          "above": -0.0531
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1139,
          "above": 0.0807
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1142,
          "above": 0.0177
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0793,
          "above": 0.0212
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0043,
          "above": 0.1806
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0681,
          "above": 0.0068
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.65,
          "below": -0.0083,
          "above": 0.0682
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1423,
          "above": 0.0008
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0085,
          "above": -0.0162
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.0839,
          "above": -0.0425
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0066,
          "above": -0.0335
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0476,
          "above": -0.1087
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0041,
          "above": -0.0418
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.09,
          "above": 0.0842
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0392,
          "below": -0.1346,
          "above": -0.0006
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0593,
          "above": -0.0329
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1581,
          "below": -0.0573,
          "above": 0.0188
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0094,
          "above": -0.0695
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0129,
          "above": 0.0555
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1349,
          "above": 0.0004
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0029,
          "above": 0.1459
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2175,
          "below": -0.1418,
          "above": -0.0004
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0097,
          "above": -0.016
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.104,
          "above": -0.0412
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0018,
          "above": -0.1558
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0864,
          "above": -0.0027
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0028,
          "above": 0.0717
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.0841,
          "above": 0.0105
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": 0.0452,
          "above": -0.0108
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0406,
          "above": 0.0052
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0035,
          "above": -0.0387
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3349,
          "below": 0.081,
          "above": -0.0976
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0085,
          "above": -0.0167
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.0987,
          "above": -0.0354
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.453,
          "below": -0.0087,
          "above": 0.0158
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.0793,
          "above": -0.0414
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0021,
          "above": -0.152
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0811,
          "above": -0.0019
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0025,
          "above": 0.069
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0654,
          "above": 0.0163
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1581,
          "below": -0.0551,
          "above": 0.0183
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0778,
          "above": 0.0055
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0026,
          "above": -0.1484
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0762,
          "above": -0.0012
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0754,
          "above": 0.0425
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.021,
          "above": -0.0419
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0483,
          "above": 0.0523
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0644,
          "above": 0.007
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0034,
          "above": -0.0381
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3349,
          "below": 0.0799,
          "above": -0.0971
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1886,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0288,
          "above": 0.1333
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2187,
          "below": -0.1269,
          "above": -0.0002
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.0707,
          "above": 0.0013
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.1091,
          "above": 0.0713
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.108,
          "above": 0.0146
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0724,
          "above": 0.0205
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1886,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.024,
          "above": 0.1214
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0002,
          "above": -0.1227
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0049,
          "above": -0.0372
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0447,
          "above": -0.0959
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0007,
          "above": -0.0848
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0892,
          "above": 0.0726
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0012,
          "above": -0.0449
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1038,
          "above": 0.0696
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0338,
          "above": -0.0148
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0081,
          "above": -0.0601
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0021,
          "above": 0.0631
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2175,
          "below": -0.1302,
          "above": -0.0073
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.8,
    "supportPerDecade": 0,
    "conflict": 0.8,
    "dispute": 0.7,
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
      "bundled",
      "football-season",
      "car-plant",
      "dev (never fitted)"
    ],
    "trainingClaims": 773,
    "trainingPairs": 9758,
    "heldOutClaims": 257,
    "heldOutAccuracy": 0.7938,
    "heldOutFalseSupport": 0.0803
  }
};
