/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 26,
  "agreeing": {
    "bias": -2.2326,
    "weights": {
      "coverage": 2.8346,
      "coverageHere": -0.301,
      "coverageGap": -1.665,
      "closeness": 1.2053,
      "localBefore": 0.7794,
      "localAfter": -0.0874,
      "bestLocal": 1.6717,
      "siblingAgrees": 0,
      "headMatch": 1.0916,
      "headCosine": -0.9362,
      "headDistinct": -0.2801,
      "headMismatch": -0.085,
      "headInSentence": 0.6123,
      "headMissing": 0.4457,
      "noHeads": 0.9885,
      "leadCoverage": -0.5961,
      "leadMatch": -0.2078,
      "trailMatch": 0.6002,
      "negationClash": -0.7958,
      "subjectMatch": 1.1221,
      "subjectHere": -0.0738,
      "subjectClash": -1.6447,
      "subjectShift": -0.5898,
      "yearMatch": -0.0422,
      "yearClash": -2.4382,
      "periodClash": 0.0474,
      "roleClash": -1.3341,
      "rateClash": 0,
      "partClash": -0.6224,
      "timeLike": -0.4353,
      "agrees": 0,
      "sameValue": 0.6541,
      "specificAgree": 0.6229,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.3366,
      "corpusSize": -0.5976
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0996,
          "above": 0.1162
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0607,
          "above": 0.0277
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": -0.0041,
          "above": -0.097
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0537,
          "above": 0.0231
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": -0.004,
          "above": -0.0955
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0477,
          "above": 0.0209
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0886,
          "above": 0.0624
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.0359,
          "above": 0.0265
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": -0.004,
          "above": -0.0934
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0271,
          "above": -0.0256
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0941,
          "above": 0.113
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0276,
          "above": -0.0229
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0959,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.0357,
          "above": 0.0189
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0938,
        "above": {
          "feature": "coverage",
          "threshold": 0.0634,
          "below": -0.0777,
          "above": 0.0117
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0918,
        "above": {
          "feature": "coverage",
          "threshold": 0.8303,
          "below": 0.0143,
          "above": -0.0505
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": 0.0022,
          "above": -0.0886
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5805,
          "below": 0.0287,
          "above": -0.0151
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0828,
          "above": 0.0596
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0318,
          "above": -0.0139
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0891,
          "above": 0.1082
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0963,
          "below": 0.0853,
          "above": -0.0002
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0889,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.0335,
          "above": 0.0158
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0793,
          "above": 0.0523
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8303,
          "below": 0.0165,
          "above": -0.0431
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.086,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.037,
          "above": 0.0128
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": 0.0048,
          "above": -0.0843
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0197,
          "above": -0.0222
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0838,
        "above": {
          "feature": "coverage",
          "threshold": 0.8303,
          "below": 0.0107,
          "above": -0.0385
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0858,
          "above": 0.1028
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0963,
          "below": 0.0753,
          "above": -0.0009
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0819,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.0289,
          "above": 0.0129
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0963,
          "below": 0.0168,
          "above": -0.0971
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.021,
          "above": -0.0208
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": 0.0071,
          "above": -0.0812
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0172,
          "above": -0.0198
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0827,
          "above": 0.0965
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3704,
          "below": -0.0059,
          "above": 0.0399
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0788,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0304,
          "above": 0.0102
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0769,
        "above": {
          "feature": "coverage",
          "threshold": 0.8303,
          "below": 0.0091,
          "above": -0.0345
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0801,
          "above": 0.0916
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1418,
          "below": 0.0533,
          "above": -0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.0963,
          "below": 0.0217,
          "above": -0.0946
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0241,
          "above": -0.013
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.1088,
          "below": -0.0497,
          "above": 0.0066
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.1188,
          "above": 0.0049
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.074,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0084,
          "above": -0.0322
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0404,
          "above": 0.0069
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.1114,
          "above": 0.0048
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8862,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0176,
          "above": -0.1764
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0496,
          "above": -0.0068
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": 0.0123,
          "above": -0.0753
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5805,
          "below": 0.0195,
          "above": -0.0124
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0709,
          "above": 0.0043
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.1016,
          "above": 0.0028
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0634,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1427,
          "below": 0.0117,
          "above": -0.0736
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.017,
          "above": -0.0134
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0093,
          "above": 0.1194
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1242,
          "above": -0.0007
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0698,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.0182,
          "above": 0.0098
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2138,
        "below": {
          "feature": "headMatch",
          "threshold": 0.325,
          "below": -0.0711,
          "above": 0.1814
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0274,
          "above": -0.0155
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0681,
        "above": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.007,
          "above": -0.0271
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0074,
          "above": 0.1057
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1268,
          "above": -0.0025
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0719,
          "above": 0.0718
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0963,
          "below": 0.0589,
          "above": -0.002
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0226,
          "above": 0.0085
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0922,
          "above": 0.0055
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0666,
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0105,
          "above": -0.0143
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.466,
          "below": -0.012,
          "above": 0.013
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0868,
          "above": 0.0052
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5805,
        "below": {
          "feature": "coverage",
          "threshold": 0.3655,
          "below": -0.0147,
          "above": 0.0441
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0227,
          "above": -0.0354
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3921,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1563,
          "below": -0.0021,
          "above": 0.0659
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0881,
          "above": 0.0042
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0645,
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0101,
          "above": -0.0137
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8862,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0176,
          "above": -0.13
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0077,
          "above": 0.0419
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.3667,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0522,
          "above": 0.0323
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0919,
          "above": 0.0002
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5805,
        "below": {
          "feature": "coverage",
          "threshold": 0.2138,
          "below": -0.0317,
          "above": 0.0281
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0022,
          "above": -0.0707
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0073,
          "above": 0.0981
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1198,
          "above": -0.0015
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3921,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0047,
          "above": 0.047
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.45,
          "below": -0.0852,
          "above": 0.0019
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8663,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0229,
          "above": -0.1449
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.466,
          "below": -0.0208,
          "above": 0.0282
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0058,
          "above": 0.0903
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1012,
          "above": -0.0004
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.9,
        "below": {
          "feature": "localAfter",
          "threshold": 0.1667,
          "below": 0.0187,
          "above": -0.0242
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0635,
          "above": 0.0366
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0634,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3704,
          "below": -0.0052,
          "above": 0.0226
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1088,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0665,
          "above": 0.0622
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1418,
          "below": 0.0465,
          "above": -0.0034
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0621,
        "above": {
          "feature": "yearClash",
          "threshold": 0.5,
          "below": 0.0034,
          "above": -0.0489
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0599,
          "above": 0.0225
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.775,
          "below": -0.0029,
          "above": -0.1077
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0603,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3704,
          "below": -0.005,
          "above": 0.0206
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2138,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1923,
          "above": -0.0562
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0963,
          "below": 0.0893,
          "above": -0.0009
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.3667,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0487,
          "above": 0.0291
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0858,
          "above": 0.0008
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8303,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.023,
          "above": -0.0113
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.1288,
          "above": 0.0135
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.9111,
        "below": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0691,
          "above": -0.0424
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": -0.0568,
          "above": 0.0148
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3921,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0038,
          "above": 0.0427
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0735,
          "above": 0.003
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0046,
          "above": 0.0785
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1104,
          "above": -0.0009
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0513,
          "above": 0.0209
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.775,
          "below": -0.0029,
          "above": -0.0992
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0024,
          "above": 0.0544
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1432,
          "above": 0.0251
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3921,
        "below": {
          "feature": "coverage",
          "threshold": 0.2138,
          "below": -0.0318,
          "above": 0.0155
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0671,
          "above": 0.0014
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.8303,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0217,
          "above": -0.0108
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4365,
          "below": -0.1035,
          "above": 0.0148
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0174,
          "above": -0.0566
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0309,
          "above": 0.0347
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8862,
        "below": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": -0.0358,
          "above": 0.1138
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0371,
          "above": -0.0052
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.466,
          "below": -0.0106,
          "above": 0.0117
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0701,
          "above": 0.0046
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0019,
          "above": 0.0514
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.129,
          "above": 0.0222
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "headMatch",
          "threshold": 0.325,
          "below": -0.0016,
          "above": 0.0814
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0284,
          "above": 0.0324
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5805,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0106,
          "above": 0.0483
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0033,
          "above": -0.0669
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3921,
        "below": {
          "feature": "coverage",
          "threshold": 0.2138,
          "below": -0.0304,
          "above": 0.0151
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.45,
          "below": -0.0679,
          "above": 0.0004
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0144,
          "above": -0.0872
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0487,
          "above": 0.018
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0591,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3704,
          "below": -0.005,
          "above": 0.0215
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.466,
          "below": -0.0102,
          "above": 0.011
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0649,
          "above": 0.0034
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0076,
          "above": -0.0302
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.095,
          "above": 0.0396
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0388,
          "above": -0.0138
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.775,
          "below": -0.0031,
          "above": -0.0893
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0575,
        "above": {
          "feature": "coverageGap",
          "threshold": 0.3704,
          "below": -0.0048,
          "above": 0.0199
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0361,
          "above": -0.0118
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2361,
          "below": -0.0261,
          "above": 0.0197
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.1667,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0075,
          "above": -0.0483
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0202,
          "above": 0.0377
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.9111,
        "below": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.066,
          "above": -0.0391
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0486,
          "above": -0.0045
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5805,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0097,
          "above": 0.0451
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.003,
          "above": -0.0614
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.466,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1162,
          "above": -0.028
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0828,
          "above": 0.0237
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "coverage",
          "threshold": 0.466,
          "below": -0.0088,
          "above": 0.0101
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0611,
          "above": 0.0036
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5805,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.3033,
          "below": -0.0111,
          "above": 0.0381
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0205,
          "above": -0.0271
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0305,
          "above": -0.0153
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3503,
          "below": -0.0685,
          "above": 0.0029
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5805,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0078,
          "above": 0.0425
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0019,
          "above": -0.0544
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.3667,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0397,
          "above": 0.0246
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0819,
          "above": 0.0011
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1418,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1502,
          "above": -0.0105
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0483,
          "above": 0.0026
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.9,
          "below": 0.0164,
          "above": -0.0507
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0272,
          "above": 0.0325
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.9111,
        "below": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.061,
          "above": -0.0355
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": -0.0494,
          "above": 0.0131
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0358,
          "above": -0.0118
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0247,
          "above": 0.0177
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6017,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5107,
          "below": 0.0009,
          "above": -0.0997
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0225,
          "above": 0.0679
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.9167,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0409,
          "above": 0.0195
        },
        "above": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": 0.0627,
          "above": -0.0238
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1418,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1359,
          "above": -0.0099
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0769,
          "above": -0.0003
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3921,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0034,
          "above": 0.0377
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.5471,
          "below": -0.0763,
          "above": -0.0003
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.3704,
        "below": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0447,
          "above": 0.0098
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0392,
          "above": -0.065
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "closeness",
          "threshold": 0.2361,
          "below": 0.042,
          "above": -0.0072
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7547,
          "below": 0.0041,
          "above": -0.0428
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0026,
          "above": 0.0239
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0568,
          "above": 0.0025
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0017,
          "above": 0.0488
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0866,
          "above": 0.0397
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0542,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1418,
          "below": 0.0254,
          "above": -0.0032
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0122,
          "above": -0.0777
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0386,
          "above": 0.016
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.466,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0383,
          "above": -0.0491
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.072,
          "above": 0.0215
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.9167,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.7083,
          "below": -0.0022,
          "above": 0.0719
        },
        "above": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": 0.0594,
          "above": -0.0227
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.1667,
        "below": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0818,
          "above": -0.0013
        },
        "above": {
          "feature": "headMismatch",
          "threshold": 0.5,
          "below": 0.0162,
          "above": -0.0907
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "localBefore",
          "threshold": 0.8333,
          "below": 0.0117,
          "above": -0.0719
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.0538,
          "above": 0.0051
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.1667,
        "below": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0056,
          "above": -0.0403
        },
        "above": {
          "feature": "headMismatch",
          "threshold": 0.5,
          "below": 0.0154,
          "above": -0.0838
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0338,
          "above": -0.0118
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.775,
          "below": -0.0024,
          "above": -0.0802
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.466,
          "below": -0.021,
          "above": 0.0521
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2437,
          "below": 0.047,
          "above": -0.0181
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.076,
        "below": {
          "feature": "headCosine",
          "threshold": 0.2384,
          "below": 0.0249,
          "above": -0.017
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7547,
          "below": 0.0037,
          "above": -0.0409
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.3704,
        "below": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0425,
          "above": 0.009
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0354,
          "above": -0.0602
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0249,
          "above": -0.0123
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3503,
          "below": -0.0628,
          "above": 0.0021
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "closeness",
          "threshold": 0.2361,
          "below": -0.0193,
          "above": 0.0513
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0168,
          "above": -0.03
        }
      },
      {
        "feature": "yearMatch",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0021,
          "above": 0.0413
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8303,
          "below": 0.022,
          "above": -0.1176
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1418,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1175,
          "above": -0.0092
        },
        "above": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": -0.0086,
          "above": 0.0415
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.0028,
          "above": 0.0238
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8663,
          "below": -0.052,
          "above": 0.0024
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0014,
          "above": 0.0457
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1058,
          "above": 0.0236
        }
      }
    ]
  },
  "differing": {
    "bias": -1.7202,
    "weights": {
      "coverage": 4.3832,
      "coverageHere": -2.4025,
      "coverageGap": -2.063,
      "closeness": 0.4708,
      "localBefore": 1.2391,
      "localAfter": -0.4007,
      "bestLocal": 0.8212,
      "siblingAgrees": -0.3648,
      "headMatch": 2.5242,
      "headCosine": -1.7693,
      "headDistinct": -0.6242,
      "headMismatch": -1.0583,
      "headInSentence": -0.0806,
      "headMissing": -0.1236,
      "noHeads": -0.1157,
      "leadCoverage": 0.0994,
      "leadMatch": 0.3169,
      "trailMatch": 0.4494,
      "negationClash": 0.9837,
      "subjectMatch": 1.5358,
      "subjectHere": -0.1406,
      "subjectClash": -0.7388,
      "subjectShift": -0.9138,
      "yearMatch": 1.6947,
      "yearClash": -2.0837,
      "periodClash": -0.5415,
      "roleClash": -0.68,
      "rateClash": -1.065,
      "partClash": -1.5039,
      "timeLike": -0.8773,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.1416,
      "scaleSlip": 4.911,
      "rank": 2.6466,
      "corpusSize": 0.0164
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverage",
          "threshold": 0.2274,
          "below": -0.0337,
          "above": 0.0722
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.1225,
          "above": 0.0019
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "rank",
          "threshold": 0.0351,
          "below": -0.0826,
          "above": 0.0626
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": -0.0459,
          "above": 0.2578
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6948,
          "below": 0.0602,
          "above": -0.0655
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.1093,
          "above": 0.0053
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0648,
          "above": -0.0167
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.1002,
          "above": 0.0048
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverage",
          "threshold": 0.2274,
          "below": -0.0399,
          "above": 0.0558
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": -0.0357,
          "above": 0.2162
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "rank",
          "threshold": 0.0351,
          "below": -0.0865,
          "above": 0.0469
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.089,
          "above": 0.0069
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.211,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": 0.0734,
          "above": -0.0051
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.1576,
          "above": 0.0196
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2966,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0235,
          "above": -0.0528
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": -0.0534,
          "above": 0.1617
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.2966,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0213,
          "above": -0.048
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.176,
          "below": 0.1365,
          "above": -0.0936
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0192,
          "above": -0.0553
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.1095,
          "above": 0.1175
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7653,
          "below": -0.1201,
          "above": 0.1226
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": 0.0027,
          "above": 0.1385
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5841,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0264,
          "above": -0.0229
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.1238,
          "below": 0.2483,
          "above": 0.043
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5551,
          "below": 0.0044,
          "above": -0.0946
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.1026,
          "above": 0.1035
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": -0.1351,
          "above": 0.0716
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": 0.0024,
          "above": 0.1198
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5841,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.016,
          "above": -0.0279
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.1238,
          "below": 0.2001,
          "above": 0.0397
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": -0.1314,
          "above": 0.0652
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.0086,
          "below": -0.0019,
          "above": 0.0572
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0183,
          "above": -0.0309
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.1625,
          "below": -0.0025,
          "above": 0.5037
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5551,
          "below": 0.0035,
          "above": -0.0838
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.0974,
          "above": 0.0905
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.7653,
          "below": -0.1095,
          "above": 0.1215
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5402,
          "below": 0.0145,
          "above": -0.0368
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0163,
          "above": -0.0283
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.1076,
          "above": 0.2279
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5841,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0197,
          "above": -0.0174
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.1238,
          "below": 0.1678,
          "above": 0.0368
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0156,
          "above": -0.0365
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3362,
          "below": -0.101,
          "above": 0.0832
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0199,
          "above": -0.0957
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.1514,
          "above": 0.0198
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0279,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0318,
          "above": -0.1121
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.1214,
          "above": -0.0127
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5551,
          "below": 0.0021,
          "above": -0.0729
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.176,
          "below": 0.0792,
          "above": -0.1046
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.017,
          "above": 0.0299
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.2727,
          "above": -0.0022
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headCosine",
          "threshold": 0.8201,
          "below": -0.0031,
          "above": 0.2311
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1325,
          "above": 0.0284
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "logRatio",
          "threshold": 0.5551,
          "below": 0.0017,
          "above": -0.0664
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.0889,
          "above": 0.0769
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": 0.0098,
          "above": -0.0488
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": -0.0581,
          "above": 0.1671
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": -0.1238,
          "above": 0.0558
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5402,
          "below": 0.0131,
          "above": -0.0351
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.0425,
          "above": 0.0064
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.1053,
          "above": 0.1852
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0389,
          "above": -0.0109
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.4167,
          "below": -0.0881,
          "above": 0.0607
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0255,
          "above": -0.017
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.5961,
          "below": -0.0694,
          "above": 0.0399
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": 0.0086,
          "above": -0.0423
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": -0.0533,
          "above": 0.1631
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2848,
          "below": -0.0737,
          "above": 0.0148
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0044,
          "above": 0.1747
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.3875,
        "below": {
          "feature": "coverage",
          "threshold": 0.3025,
          "below": -0.0692,
          "above": 0.0161
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.775,
          "below": 0.1408,
          "above": -0.0327
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0122,
          "above": -0.0294
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3362,
          "below": -0.0988,
          "above": 0.0687
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": 0.0094,
          "above": -0.0908
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.2299,
          "above": -0.0021
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0279,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.028,
          "above": -0.1006
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.0279,
          "above": 0.064
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0239,
          "above": -0.0159
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.5961,
          "below": -0.0595,
          "above": 0.0319
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverage",
          "threshold": 0.0848,
          "below": 0.087,
          "above": -0.0971
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.8844,
          "below": 0.0132,
          "above": -0.029
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0362,
          "above": -0.0104
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3025,
          "below": -0.1372,
          "above": -0.0023
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": 0.0072,
          "above": -0.0354
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": -0.0493,
          "above": 0.152
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "corpusSize",
          "threshold": 2.0279,
          "below": -0.076,
          "above": 0.0099
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.0039,
          "above": 0.1509
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": 0.0042,
          "above": -0.0499
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.1024,
          "above": 0.1498
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": 0.0068,
          "above": -0.0325
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.1245,
          "above": 0.1083
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3495,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.047,
          "above": 0.0682
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2297,
          "below": 0.089,
          "above": -0.003
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0052,
          "above": 0.1142
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1201,
          "above": 0.0261
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6948,
          "below": 0.0265,
          "above": -0.075
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.9686,
          "below": -0.0158,
          "above": 0.0935
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0107,
          "above": -0.0312
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.176,
          "below": 0.0618,
          "above": -0.103
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0315,
          "above": -0.0085
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.0995,
          "below": -0.168,
          "above": -0.0077
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0022,
          "above": -0.0512
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": 0.1377,
          "above": -0.0483
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.005,
          "above": 0.1055
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1111,
          "above": 0.0241
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0513,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0782,
          "above": 0.0727
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": 0.0152,
          "above": -0.0691
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3025,
        "below": {
          "feature": "headCosine",
          "threshold": 0.2524,
          "below": -0.0686,
          "above": 0.0537
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.115,
          "above": 0.0165
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headCosine",
          "threshold": 0.8201,
          "below": -0.0009,
          "above": 0.1348
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1045,
          "above": 0.0196
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.8844,
          "below": 0.0139,
          "above": -0.0338
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0775,
          "above": 0.0115
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": 0.0061,
          "above": -0.029
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.1157,
          "above": 0.0989
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.3025,
        "below": {
          "feature": "headCosine",
          "threshold": 0.2524,
          "below": -0.0645,
          "above": 0.0466
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.1067,
          "above": 0.0154
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.211,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": 0.051,
          "above": -0.0134
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.1284,
          "above": 0.0114
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5841,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0104,
          "above": -0.0186
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1701,
          "below": 0.095,
          "above": -0.0487
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0076,
          "above": -0.0403
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.3362,
          "below": -0.0963,
          "above": 0.0576
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.0327,
          "above": 0.0358
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1166,
          "above": 0.0098
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "leadMatch",
          "threshold": 0.65,
          "below": -0.0085,
          "above": 0.0772
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1385,
          "above": 0.0011
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0114,
          "above": -0.0178
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": 0.1216,
          "above": -0.0484
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0296,
          "above": -0.0082
        },
        "above": {
          "feature": "localBefore",
          "threshold": 0.4167,
          "below": -0.0683,
          "above": 0.0566
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0066,
          "above": -0.0361
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9111,
          "below": -0.0771,
          "above": 0.0593
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3025,
          "below": -0.0392,
          "above": 0.0291
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1025,
          "above": 0.0085
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2848,
          "below": -0.0671,
          "above": 0.0124
        },
        "above": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": 0.001,
          "above": 0.1447
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0109,
          "above": -0.0199
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.0959,
          "above": 0.1159
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0109,
          "above": -0.0255
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.176,
          "below": 0.0523,
          "above": -0.101
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0279,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0216,
          "above": -0.0793
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0807,
          "above": -0.0096
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0269,
          "above": -0.0067
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.0995,
          "below": -0.1394,
          "above": -0.0063
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0057,
          "above": -0.0332
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.1041,
          "above": 0.0515
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.028,
          "above": 0.0314
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0119,
          "above": -0.0777
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0111,
          "above": -0.0169
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": -0.0471,
          "above": 0.1173
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "headCosine",
          "threshold": 0.8201,
          "below": -0.0318,
          "above": 0.1434
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0597,
          "above": -0.0096
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": -0.1169,
          "above": 0.0398
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": 0.0079,
          "above": -0.0341
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0104,
          "above": -0.0191
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.092,
          "above": 0.1054
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5841,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0002,
          "above": -0.0956
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1701,
          "below": 0.0838,
          "above": -0.0454
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0019,
          "above": -0.0402
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.0324,
          "above": 0.1207
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.061,
          "above": -0.006
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0868,
          "above": 0.008
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": 0.0009,
          "above": -0.117
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.377,
          "below": 0.049,
          "above": -0.0138
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0061,
          "above": -0.0316
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0456,
          "above": -0.1203
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3131,
          "below": -0.0806,
          "above": 0.0226
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.4631,
          "below": 0.0201,
          "above": -0.0571
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.211,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": 0.0432,
          "above": -0.0131
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8862,
          "below": -0.1052,
          "above": 0.0096
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0279,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1294,
          "below": -0.1017,
          "above": 0.0084
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0722,
          "above": -0.0095
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.211,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6948,
          "below": 0.0167,
          "above": -0.0809
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0279,
          "below": -0.0667,
          "above": 0.0176
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0098,
          "above": -0.0148
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": 0.1034,
          "above": -0.0467
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5841,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0077,
          "above": -0.0141
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1701,
          "below": 0.0782,
          "above": -0.0439
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4118,
        "below": {
          "feature": "closeness",
          "threshold": 0.2361,
          "below": 0.0079,
          "above": -0.0872
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2297,
          "below": 0.0985,
          "above": -0.0049
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "headCosine",
          "threshold": 0.8201,
          "below": -0.0286,
          "above": 0.1263
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1611,
          "below": -0.1292,
          "above": 0.0125
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": -0.1101,
          "above": 0.0394
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": 0.0068,
          "above": -0.0299
        }
      },
      {
        "feature": "trailMatch",
        "threshold": 0.15,
        "below": {
          "feature": "rateClash",
          "threshold": 0.5,
          "below": 0.0058,
          "above": -0.1001
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.2917,
          "below": -0.1128,
          "above": 0.019
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0029,
          "above": 0.0728
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.0908,
          "above": 0.019
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": 0.0171,
          "above": -0.0603
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0754,
          "above": 0.0061
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0092,
          "above": -0.0174
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.0851,
          "above": 0.0945
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3131,
          "below": -0.0742,
          "above": 0.02
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1181,
          "below": 0.1197,
          "above": 0.0005
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.006,
          "above": -0.0312
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0444,
          "above": -0.1031
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0018,
          "above": -0.038
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7145,
          "below": 0.0983,
          "above": -0.0423
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": 0.0224,
          "above": -0.0565
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0425,
          "above": 0.0061
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8451,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1871,
          "above": 0.0639
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3025,
          "below": -0.0332,
          "above": 0.0069
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0085,
          "above": -0.0162
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0279,
          "below": -0.0869,
          "above": 0.0893
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0834,
          "below": 0.0238,
          "above": -0.0064
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3025,
          "below": -0.1204,
          "above": 0.0011
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.3729,
          "below": 0.0101,
          "above": -0.0224
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.176,
          "below": 0.0432,
          "above": -0.0973
        }
      },
      {
        "feature": "trailMatch",
        "threshold": 0.575,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0004,
          "above": 0.0435
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.1137,
          "above": 0.01
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6054,
          "below": 0.0159,
          "above": -0.0584
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0114,
          "above": -0.0624
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9686,
        "below": {
          "feature": "logRatio",
          "threshold": 0.211,
          "below": 0.0076,
          "above": -0.0151
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.0816,
          "above": 0.0887
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0093,
          "above": -0.014
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": -0.0405,
          "above": 0.0973
        }
      },
      {
        "feature": "trailMatch",
        "threshold": 0.15,
        "below": {
          "feature": "rateClash",
          "threshold": 0.5,
          "below": 0.0052,
          "above": -0.0911
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.2917,
          "below": -0.0972,
          "above": 0.015
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.0086,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0056,
          "above": -0.0286
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0408,
          "above": -0.0971
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0017,
          "above": -0.0354
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3495,
          "below": -0.0995,
          "above": 0.0696
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": 0.0011,
          "above": -0.1149
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1891,
          "below": 0.0735,
          "above": -0.0045
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4118,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": 0.0005,
          "above": -0.1214
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2297,
          "below": 0.0933,
          "above": -0.0048
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3131,
          "below": -0.0674,
          "above": 0.0181
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1611,
          "below": -0.1259,
          "above": 0.0111
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "siblingAgrees",
          "threshold": 0.5,
          "below": 0.0202,
          "above": -0.0537
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0403,
          "above": 0.0062
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0178,
          "above": -0.0971
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.133,
          "above": 0.0021
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0279,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1294,
          "below": -0.0951,
          "above": 0.0069
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3659,
          "below": -0.02,
          "above": 0.0421
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0834,
        "below": {
          "feature": "localAfter",
          "threshold": 0.4167,
          "below": 0.0002,
          "above": 0.067
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.007,
          "above": -0.0363
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4718,
          "below": 0.0192,
          "above": -0.0726
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1272,
          "above": 0.0012
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
    "trainingPairs": 9439,
    "heldOutClaims": 257,
    "heldOutAccuracy": 0.8016,
    "heldOutFalseSupport": 0.0657
  }
};
