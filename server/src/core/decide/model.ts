/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 22,
  "agreeing": {
    "bias": -1.9973,
    "weights": {
      "coverage": 2.7224,
      "coverageHere": -0.0974,
      "coverageGap": -1.8153,
      "closeness": 1.5524,
      "localBefore": 0.8311,
      "localAfter": -0.0366,
      "bestLocal": 1.6565,
      "siblingAgrees": 0,
      "headMatch": 1.1853,
      "headCosine": -1.056,
      "headDistinct": -0.1343,
      "headMismatch": -0.4158,
      "headInSentence": 0.506,
      "headMissing": 0.4289,
      "noHeads": 0.8419,
      "leadCoverage": -0.6674,
      "leadMatch": -0.3491,
      "subjectMatch": 1.2855,
      "subjectHere": -0.1862,
      "subjectClash": -1.918,
      "yearMatch": -0.107,
      "yearClash": -2.4324,
      "periodClash": 0.0492,
      "roleClash": -0.9366,
      "rateClash": 0,
      "partClash": -0.6271,
      "timeLike": -0.3777,
      "agrees": 0,
      "sameValue": 0.4948,
      "specificAgree": 0.5968,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.4486,
      "corpusSize": -0.6111
    },
    "trees": [
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": -0.0184,
          "above": -0.3068
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0645,
          "below": -0.0899,
          "above": 0.0268
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.1001,
          "above": 0.0059
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0624,
          "above": 0.0243
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0893,
          "above": 0.0458
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0528,
          "above": 0.0261
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0984,
          "above": 0.0045
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0495,
          "above": 0.0209
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0969,
          "above": 0.0044
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0741,
          "above": -0.0034
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.106,
          "above": 0.0033
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.0351,
          "above": 0.0249
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.095,
          "above": 0.0031
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0254,
          "above": -0.0278
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.104,
          "above": 0.0039
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.032,
          "above": 0.0224
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0931,
          "above": 0.002
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0657,
          "above": -0.0043
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0832,
          "above": 0.044
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0323,
          "above": -0.015
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0915,
          "above": 0.0025
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5996,
          "below": 0.0289,
          "above": -0.0171
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0897,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0376,
          "above": 0.0138
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.1007,
          "above": 0.0088
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0199,
          "above": -0.0295
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0898,
          "above": 0.001
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.021,
          "above": -0.0255
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0862,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0255,
          "above": 0.0152
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0878,
          "above": 0.0005
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.056,
          "above": -0.0049
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0985,
          "above": 0.0085
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.027,
          "above": -0.014
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0832,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.071,
          "above": 0.0068
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0862,
          "above": 0.0007
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0181,
          "above": -0.0228
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.081,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0305,
          "above": 0.0104
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0843,
          "above": 0.0003
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0496,
          "above": -0.0049
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headMatch",
          "threshold": 0.325,
          "below": -0.0746,
          "above": 0.1696
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0336,
          "above": -0.0183
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0968,
          "below": 0.014,
          "above": -0.0983
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0157,
          "above": -0.0239
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0782,
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0137,
          "above": -0.0186
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0822,
          "above": 0.1138
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0306,
          "above": -0.0161
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0534,
          "above": 0.0287
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0047,
          "above": -0.1125
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0805,
          "above": 0.0628
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0281,
          "above": -0.0274
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0096,
          "above": 0.1316
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1363,
          "above": -0.0027
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0433,
          "above": -0.0151
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0047,
          "above": -0.1021
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0757,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0209,
          "above": 0.0119
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0776,
          "above": 0.0579
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0252,
          "above": -0.0233
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1356,
          "below": 0.0064,
          "above": -0.0752
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0498,
          "above": -0.0054
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.031,
          "above": -0.0283
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0375,
          "above": 0.0204
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0074,
          "above": 0.1188
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1213,
          "above": -0.0039
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0741,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5996,
          "below": 0.0171,
          "above": -0.0119
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0263,
          "above": 0.0096
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1068,
          "above": 0.0052
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0069,
          "above": 0.1103
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.129,
          "above": -0.0046
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0347,
          "above": -0.0189
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0056,
          "above": -0.1087
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0137,
          "above": -0.1435
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.021,
          "above": 0.0312
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.072,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5996,
          "below": 0.0162,
          "above": -0.0117
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.0645,
          "below": -0.0597,
          "above": 0.0047
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.098,
          "above": 0.0048
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.07,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.033,
          "above": -0.0047
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0412,
          "above": 0.0232
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0039,
          "above": -0.0852
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0743,
          "above": 0.0028
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0442,
          "above": -0.0053
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.0613,
          "above": 0.0383
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": 0.0181,
          "above": -0.0685
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1765,
          "above": -0.056
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0284,
          "above": -0.0162
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.024,
          "above": 0.0085
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0913,
          "above": 0.0043
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0065,
          "above": 0.1005
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1185,
          "above": -0.004
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.033,
          "above": -0.0196
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0052,
          "above": -0.093
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0684,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0301,
          "above": -0.0042
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.0555,
          "above": 0.034
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3619,
          "below": -0.0486,
          "above": 0.0196
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0735,
          "above": 0.0846
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.027,
          "above": -0.0151
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0408,
          "above": -0.0112
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.004,
          "above": -0.075
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5996,
        "below": {
          "feature": "coverage",
          "threshold": 0.3619,
          "below": -0.016,
          "above": 0.044
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0001,
          "above": -0.0648
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.054,
          "above": 0.0186
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0964,
          "above": 0.003
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0138,
          "above": -0.1168
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.0173,
          "above": 0.0266
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1554,
          "above": -0.0011
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0427,
          "above": 0.0057
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0056,
          "above": 0.0918
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0968,
          "above": -0.0027
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0499,
          "above": 0.0175
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0866,
          "above": 0.0017
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1421,
          "above": 0.0002
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0879,
          "above": -0.0009
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0659,
          "above": 0.0039
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0862,
          "above": 0.0057
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5996,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0111,
          "above": 0.0512
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0176,
          "above": 0.0723
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0807,
          "above": 0.0484
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0395,
          "above": 0.0055
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.04,
          "above": -0.0118
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0283,
          "above": 0.0137
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6052,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0426,
          "above": 0.0033
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1102,
          "below": -0.0736,
          "above": 0.0562
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1502,
          "below": -0.0007,
          "above": 0.0706
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0792,
          "above": 0.001
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0045,
          "above": 0.0833
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1054,
          "above": -0.0041
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0103,
          "above": -0.0127
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0813,
          "above": 0.0053
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0372,
          "above": -0.0097
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0033,
          "above": -0.0687
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.013,
          "above": -0.0965
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.0168,
          "above": 0.0253
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1299,
          "above": -0.0003
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0394,
          "above": 0.0054
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.0185,
          "above": 0.0539
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0617,
          "above": -0.0187
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5996,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0102,
          "above": 0.0507
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0005,
          "above": -0.059
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0777,
          "above": 0.0471
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0843,
          "above": -0.0007
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.014,
          "above": -0.0077
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.074,
          "above": 0.0042
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0624,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0293,
          "above": -0.004
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0332,
          "above": -0.0115
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0044,
          "above": -0.0753
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0487,
          "above": 0.0158
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0723,
          "above": 0.0015
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6052,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0397,
          "above": 0.0028
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1102,
          "below": -0.0708,
          "above": 0.0517
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.0171,
          "above": 0.0506
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0578,
          "above": -0.0176
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0727,
          "above": 0.0453
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0365,
          "above": 0.0047
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0045,
          "above": 0.0204
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0697,
          "above": 0.0034
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0046,
          "above": 0.0775
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2792,
          "below": -0.1001,
          "above": -0.003
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5996,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.011,
          "above": 0.0481
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0155,
          "above": 0.0701
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0343,
          "above": -0.0188
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0422,
          "above": 0.0143
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0385,
          "above": 0.02
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0251,
          "above": 0.0116
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1184,
          "above": -0.0003
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0803,
          "above": -0.0009
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.0147,
          "above": 0.0476
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0558,
          "above": -0.0164
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0705,
          "above": 0.043
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0458,
          "above": 0.0021
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0364,
          "above": -0.0101
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0027,
          "above": -0.0632
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0042,
          "above": 0.0203
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7625,
          "below": -0.0034,
          "above": -0.0709
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0447,
          "above": 0.0149
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0648,
          "above": 0.0007
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1111,
          "above": 0.0007
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0341,
          "above": 0.0043
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0018,
          "above": 0.0529
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1476,
          "above": 0.0173
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0144,
          "above": -0.0941
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3619,
          "below": -0.0648,
          "above": 0.0012
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5996,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0105,
          "above": 0.047
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1804,
          "below": 0.06,
          "above": -0.0161
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0587,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0277,
          "above": -0.0038
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0353,
          "above": -0.0103
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1356,
          "below": -0.0478,
          "above": -0.001
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0041,
          "above": 0.0193
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0649,
          "above": 0.0044
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.013,
          "above": 0.0444
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2398,
          "below": 0.0382,
          "above": -0.018
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0568,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0255,
          "above": -0.0034
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0339,
          "above": -0.0091
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0027,
          "above": -0.059
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.461,
          "below": -0.012,
          "above": 0.0418
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0517,
          "above": -0.0147
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.004,
          "above": 0.0192
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0601,
          "above": 0.0039
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0267,
          "above": -0.0125
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0246,
          "above": 0.0687
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8973,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0111,
          "above": -0.0771
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0377,
          "above": -0.006
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0339,
          "above": 0.0179
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5034,
          "below": 0.007,
          "above": -0.0281
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0628,
          "above": 0.0608
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": 0.0119,
          "above": -0.0369
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "closeness",
          "threshold": 0.8167,
          "below": 0.0104,
          "above": -0.0957
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0598,
          "above": 0.0001
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0044,
          "above": 0.0195
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7625,
          "below": -0.0025,
          "above": -0.0626
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0428,
          "above": 0.0135
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0247,
          "above": 0.0258
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0693,
          "above": 0.0409
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0339,
          "above": 0.0046
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6052,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0359,
          "above": 0.0025
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1102,
          "below": -0.0668,
          "above": 0.0453
        }
      },
      {
        "feature": "yearMatch",
        "threshold": 0.5,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0189,
          "above": -0.0106
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8321,
          "below": 0.0193,
          "above": -0.1099
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "closeness",
          "threshold": 0.2361,
          "below": -0.0119,
          "above": 0.0382
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0489,
          "above": -0.0145
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0652,
          "above": 0.0391
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0768,
          "above": -0.0008
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5996,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0124,
          "above": 0.046
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0021,
          "above": -0.0515
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0009,
          "above": 0.0567
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0552,
          "above": 0.0002
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0321,
          "above": -0.0091
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0024,
          "above": -0.0573
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0044,
          "above": 0.0189
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.057,
          "above": 0.0036
        }
      }
    ]
  },
  "differing": {
    "bias": -2.8103,
    "weights": {
      "coverage": 5.1273,
      "coverageHere": -2.4774,
      "coverageGap": -1.833,
      "closeness": 0.407,
      "localBefore": 1.5115,
      "localAfter": -0.3047,
      "bestLocal": 1.5,
      "siblingAgrees": -0.1633,
      "headMatch": 2.0643,
      "headCosine": -1.6184,
      "headDistinct": -0.9411,
      "headMismatch": -1.4093,
      "headInSentence": 0.1765,
      "headMissing": -0.0689,
      "noHeads": -0.1066,
      "leadCoverage": -0.0157,
      "leadMatch": 0.0767,
      "subjectMatch": 1.5458,
      "subjectHere": -0.1008,
      "subjectClash": -1.4471,
      "yearMatch": 1.6921,
      "yearClash": -2.1873,
      "periodClash": -0.2697,
      "roleClash": 0.4098,
      "rateClash": -1.4309,
      "partClash": -1.2502,
      "timeLike": -0.9249,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.1097,
      "scaleSlip": 4.8785,
      "rank": 2.7348,
      "corpusSize": 0.0172
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1182,
          "above": 0.0751
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1317,
          "above": 0.0014
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1159,
          "above": 0.0696
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1215,
          "above": 0.0012
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1137,
          "above": 0.0643
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0505,
          "above": 0.1732
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0694,
          "above": -0.0461
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0447,
          "below": -0.0583,
          "above": 0.0757
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1123,
          "above": 0.0556
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1046,
          "above": 0.0073
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.061,
          "above": -0.0452
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0399,
          "above": 0.1538
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1109,
          "above": 0.048
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0447,
          "below": -0.0475,
          "above": 0.0737
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0607,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0764,
          "above": 0.1712
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0316,
          "above": -0.0801
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0645,
          "above": 0.0467
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1592,
          "above": 0.0232
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0528,
          "above": -0.038
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9611,
          "below": -0.0297,
          "above": 0.1852
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0213,
          "above": -0.0627
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.115,
          "above": 0.13
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0192,
          "above": -0.0573
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1074,
          "above": 0.1149
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.1193,
          "above": 0.1093
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0188,
          "above": -0.0485
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0088,
          "above": -0.0654
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.1625,
          "below": 0.0178,
          "above": 0.4723
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4656,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0424,
          "above": 0.0339
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.196,
          "above": -0.0032
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0173,
          "above": -0.0308
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.125,
          "below": 0.2099,
          "above": 0.05
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0078,
          "above": -0.0777
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0292,
          "above": 0.3131
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4656,
        "below": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0177,
          "above": -0.1564
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.153,
          "above": 0.0083
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3869,
          "below": 0.0094,
          "above": -0.0664
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.1003,
          "above": -0.1099
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0181,
          "above": -0.0327
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.1909,
          "above": -0.1039
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": -0.0501,
          "above": 0.0113
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1021,
          "above": 0.097
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0238,
          "above": -0.0204
        },
        "above": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0412,
          "above": 0.1331
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": -0.1348,
          "above": 0.0591
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0817,
          "below": -0.1082,
          "above": 0.01
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0072,
          "above": -0.0576
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0994,
          "above": 0.1665
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3869,
          "below": 0.008,
          "above": -0.0581
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.105,
          "above": 0.0886
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.0633,
          "above": 0.0075
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0292,
          "above": 0.2357
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.027,
          "above": -0.0167
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.251,
          "above": -0.0123
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0074,
          "above": 0.145
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1426,
          "above": 0.0266
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0318,
          "above": -0.1133
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.1082,
          "above": -0.0107
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0127,
          "above": -0.0421
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0854,
          "above": -0.1076
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4656,
        "below": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0151,
          "above": -0.1475
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": -0.0563,
          "above": 0.172
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": -0.0423,
          "above": 0.0105
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1022,
          "above": 0.0825
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": -0.1291,
          "above": 0.0481
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0817,
          "below": -0.1057,
          "above": 0.0085
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0063,
          "above": 0.1266
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1314,
          "above": 0.0238
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0972,
          "below": -0.0333,
          "above": 0.0085
        },
        "above": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0393,
          "above": 0.1151
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0397,
          "above": -0.0491
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0619,
          "above": 0.0093
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0607,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3074,
          "below": -0.13,
          "above": 0.0095
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.02,
          "above": -0.0658
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.0085,
          "above": -0.0454
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.0215,
          "above": 0.1781
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0068,
          "above": -0.0542
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.1322,
          "above": -0.0972
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0607,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3074,
          "below": -0.124,
          "above": 0.0081
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.018,
          "above": -0.0583
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.0081,
          "above": -0.0426
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.149,
          "above": -0.0519
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": 0.0335,
          "above": -0.0643
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0558,
          "above": 0.0083
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0607,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0684,
          "above": 0.0556
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0173,
          "above": -0.0559
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.014,
          "above": -0.0267
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0914,
          "above": 0.1245
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1857,
          "below": 0.0279,
          "above": -0.0203
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.102,
          "above": 0.073
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0025,
          "above": -0.0743
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1446,
          "above": -0.0476
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.012,
          "above": -0.0218
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1599,
          "below": 0.1048,
          "above": -0.0409
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.088,
          "above": 0.0637
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0162,
          "above": -0.059
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.325,
          "below": -0.0045,
          "above": 0.1006
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1246,
          "above": 0.0228
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.0075,
          "above": -0.0375
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.0233,
          "above": 0.1538
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0607,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3074,
          "below": -0.1145,
          "above": 0.0048
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0257,
          "above": -0.0182
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0102,
          "above": -0.0331
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.094,
          "above": 0.0719
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0325,
          "above": -0.0093
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3413,
          "below": -0.1521,
          "above": 0.007
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0047,
          "above": -0.0438
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0894,
          "above": 0.1151
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0637,
          "above": 0.0807
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2175,
          "below": -0.1495,
          "above": -0.0015
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0071,
          "above": -0.0375
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.065,
          "above": -0.1052
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0022,
          "above": -0.0689
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1312,
          "above": -0.0508
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0152,
          "above": 0.0248
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.2076,
          "above": -0.0017
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0585,
          "above": 0.073
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2175,
          "below": -0.1432,
          "above": -0.0019
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0117,
          "above": -0.0231
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.1006,
          "above": 0.1026
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0104,
          "above": -0.0271
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.0697,
          "above": -0.0791
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0225,
          "above": -0.0861
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0879,
          "above": -0.0102
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.002,
          "above": -0.0653
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": -0.0364,
          "above": 0.1316
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.009,
          "above": -0.0297
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0995,
          "above": 0.0622
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0202,
          "above": -0.0784
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0838,
          "above": -0.0101
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverage",
          "threshold": 0.2564,
          "below": 0.0273,
          "above": -0.114
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0141,
          "above": -0.0531
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.002,
          "above": -0.0625
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1237,
          "above": -0.0486
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "logRatio",
          "threshold": 1.0447,
          "below": -0.0015,
          "above": 0.053
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3869,
          "below": 0.0113,
          "above": -0.1518
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0037,
          "above": -0.0379
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1211,
          "below": -0.0808,
          "above": 0.1031
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.0997,
          "above": 0.0014
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.2652,
          "below": -0.0172,
          "above": 0.0754
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0027,
          "above": 0.0842
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1149,
          "above": 0.0193
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0972,
          "below": -0.0272,
          "above": 0.0078
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1599,
          "below": 0.0919,
          "above": -0.0421
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.006,
          "above": -0.0292
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1161,
          "above": -0.0432
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2841,
          "below": -0.071,
          "above": 0.0113
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0017,
          "above": 0.1407
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0067,
          "above": -0.0335
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0556,
          "above": -0.1019
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.2917,
        "below": {
          "feature": "headCosine",
          "threshold": 0.8915,
          "below": 0.0335,
          "above": -0.1035
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0278,
          "above": 0.0363
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1085,
          "above": 0.023
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0109,
          "above": -0.0487
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0175,
          "above": -0.0715
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0736,
          "above": -0.0075
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0053,
          "above": -0.0308
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0963,
          "above": 0.0566
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0277,
          "above": -0.0082
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3413,
          "below": -0.1429,
          "above": 0.0049
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "coverage",
          "threshold": 0.2564,
          "below": 0.0244,
          "above": -0.104
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0125,
          "above": -0.0502
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0018,
          "above": -0.0567
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3413,
          "below": -0.1128,
          "above": 0.0829
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverage",
          "threshold": 0.4024,
          "below": -0.0199,
          "above": 0.0102
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0852,
          "above": 0.0947
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.0928,
          "above": 0.0011
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": 0.0372,
          "above": -0.0717
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.3667,
          "below": 0.0358,
          "above": -0.0497
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0687,
          "above": -0.0063
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1552,
        "below": {
          "feature": "headMatch",
          "threshold": 0.725,
          "below": -0.12,
          "above": 0.0992
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1882,
          "below": 0.1024,
          "above": -0.0026
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": 0.0278,
          "above": -0.0604
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0093,
          "above": -0.0443
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.008,
          "above": -0.028
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.0642,
          "above": -0.062
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0015,
          "above": -0.0519
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1072,
          "above": -0.0399
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0972,
          "below": -0.0213,
          "above": 0.0062
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1599,
          "below": 0.0851,
          "above": -0.0411
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1552,
        "below": {
          "feature": "headMatch",
          "threshold": 0.725,
          "below": -0.1184,
          "above": 0.094
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1882,
          "below": 0.0895,
          "above": -0.0023
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2841,
          "below": -0.0665,
          "above": 0.0089
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3762,
          "below": 0.0488,
          "above": -0.015
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4024,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0003,
          "above": -0.159
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0981,
          "above": -0.0053
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0015,
          "above": -0.048
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3413,
          "below": -0.1081,
          "above": 0.0758
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": 0.0254,
          "above": -0.0508
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.1441,
          "above": -0.0042
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0061,
          "above": -0.0306
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0943,
          "above": 0.0496
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.015,
          "above": -0.017
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": -0.0622,
          "above": 0.0859
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0038,
          "above": -0.037
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3349,
          "below": 0.0847,
          "above": -0.0987
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1552,
          "below": -0.1004,
          "above": 0.0188
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0084,
          "above": -0.039
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5781,
          "below": 0.0018,
          "above": -0.0498
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.1112,
          "above": 0.0458
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0129,
          "above": -0.0152
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.1833,
          "below": -0.0861,
          "above": 0.0712
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": -0.1164,
          "above": 0.0366
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0817,
          "below": -0.0978,
          "above": 0.0049
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.0893,
          "above": 0.0009
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0445,
          "above": -0.044
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0153,
          "above": -0.0627
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0626,
          "above": -0.006
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0059,
          "above": -0.0299
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0449,
          "above": -0.1181
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0014,
          "above": -0.0475
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.0994,
          "above": -0.0386
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1552,
        "below": {
          "feature": "headMatch",
          "threshold": 0.725,
          "below": -0.1168,
          "above": 0.0875
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1882,
          "below": 0.0806,
          "above": -0.0025
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4024,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0003,
          "above": -0.1559
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0903,
          "above": -0.0046
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5821,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0073,
          "above": -0.0148
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1599,
          "below": 0.0782,
          "above": -0.0403
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0016,
          "above": -0.0575
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0883,
          "above": 0.0822
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0013,
          "above": -0.0439
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3413,
          "below": -0.104,
          "above": 0.0705
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.775,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0622,
          "above": 0.0207
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0464,
          "above": -0.0483
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": 0.0126,
          "above": -0.0141
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": -0.0514,
          "above": 0.0786
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0447,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5781,
          "below": 0.002,
          "above": -0.049
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4656,
          "below": 0.0544,
          "above": -0.0554
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.2495,
        "below": {
          "feature": "coverage",
          "threshold": 0.4024,
          "below": -0.0583,
          "above": 0.069
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1857,
          "below": 0.0531,
          "above": -0.0084
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "rank",
          "threshold": 0.0607,
          "below": -0.0262,
          "above": 0.0034
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.0939,
          "above": -0.0386
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0191,
          "above": -0.0773
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.0833,
          "below": 0.0081,
          "above": -0.0364
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0184,
          "above": 0.144
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.6333,
          "below": -0.0134,
          "above": 0.0395
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0459,
          "above": 0.0081
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": 0.0333,
          "above": -0.0662
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0202,
          "above": -0.0685
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8356,
          "below": -0.1281,
          "above": -0.0039
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.6,
    "supportPerDecade": 0.025,
    "conflict": 0.85,
    "dispute": 0.6,
    "disputeMargin": 0.2,
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
    "trainingPairs": 9741,
    "heldOutClaims": 257,
    "heldOutAccuracy": 0.8132,
    "heldOutFalseSupport": 0.1168
  }
};
