/**
 * The fitted decision model. Written by `npm run calibrate` (server/src/tools/calibrate.ts);
 * edit by re-fitting, not by hand.
 */
import type { Model } from './decide';

export const MODEL: Model = {
  "version": 23,
  "agreeing": {
    "bias": -1.8421,
    "weights": {
      "coverage": 2.5959,
      "coverageHere": -0.1217,
      "coverageGap": -1.9035,
      "closeness": 1.3922,
      "localBefore": 0.8962,
      "localAfter": -0.2656,
      "bestLocal": 1.7446,
      "siblingAgrees": 0,
      "headMatch": 1.1506,
      "headCosine": -1.1749,
      "headDistinct": -0.1947,
      "headMismatch": -0.7063,
      "headInSentence": 0.5686,
      "headMissing": 0.2936,
      "noHeads": 0.717,
      "leadCoverage": -0.6174,
      "leadMatch": -0.3662,
      "trailMatch": 0.5125,
      "negationClash": -0.8864,
      "subjectMatch": 1.2372,
      "subjectHere": -0.1544,
      "subjectClash": -1.5863,
      "subjectShift": -0.5589,
      "yearMatch": -0.0964,
      "yearClash": -2.4652,
      "periodClash": 0.0513,
      "roleClash": -0.9805,
      "rateClash": 0,
      "partClash": -0.6024,
      "timeLike": -0.398,
      "agrees": 0,
      "sameValue": 0.5288,
      "specificAgree": 0.6321,
      "logRatio": 0,
      "scaleSlip": 0,
      "rank": 1.3948,
      "corpusSize": -0.6087
    },
    "trees": [
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.1015,
          "above": 0.0019
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0644,
          "above": 0.026
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.1001,
          "above": 0.0018
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0571,
          "above": 0.0236
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0987,
          "above": 0.0017
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0507,
          "above": 0.0214
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0972,
          "above": 0.0017
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0363,
          "above": -0.0182
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.085,
          "above": 0.0441
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0429,
          "above": 0.0225
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0954,
          "above": 0.0006
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0702,
          "above": -0.0036
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0825,
          "above": 0.0376
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0383,
          "above": 0.0204
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0936,
          "above": -0.0002
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0316,
          "above": -0.0172
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0926,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0372,
          "above": 0.0145
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0919,
          "above": -0.0008
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0229,
          "above": -0.0263
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0904,
        "above": {
          "feature": "coverage",
          "threshold": 0.0645,
          "below": -0.0743,
          "above": 0.0088
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0884,
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0235,
          "above": -0.015
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0972,
          "above": 0.0077
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0298,
          "above": -0.0156
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0891,
          "above": 0.0022
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.06,
          "above": -0.0053
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0851,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0255,
          "above": 0.0149
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0871,
          "above": 0.0016
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0192,
          "above": -0.0238
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "localBefore",
          "threshold": 0.1667,
          "below": -0.0949,
          "above": 0.0068
        },
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0269,
          "above": -0.0142
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0855,
          "above": 0.0022
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0526,
          "above": -0.0051
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0955,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.8167,
          "below": -0.0747,
          "above": 0.0397
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0171,
          "above": -0.026
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0809,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0236,
          "above": 0.0133
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0833,
          "above": 0.0009
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0479,
          "above": -0.0048
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0792,
        "above": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0137,
          "above": -0.0186
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0809,
          "above": 0.0599
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0299,
          "above": -0.0301
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0808,
          "above": -0.0009
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0445,
          "above": -0.0045
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0769,
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0291,
          "above": 0.0095
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1102,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.725,
          "below": -0.0748,
          "above": 0.108
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0658,
          "above": -0.0041
        }
      },
      {
        "feature": "rank",
        "threshold": 0.225,
        "below": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0782,
          "above": 0.052
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.9167,
          "below": 0.0276,
          "above": -0.0261
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0625,
          "above": 0.0294
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0032,
          "above": -0.112
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0262,
          "above": 0.0098
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1137,
          "above": 0.0054
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0199,
          "above": 0.0448
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1491,
          "above": 0.008
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0076,
          "above": 0.1269
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1288,
          "above": -0.0044
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0068,
          "above": 0.117
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.133,
          "above": -0.0054
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0396,
          "above": -0.0249
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0043,
          "above": -0.1022
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0755,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0164,
          "above": -0.0134
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.6083,
          "below": 0.0439,
          "above": -0.0162
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0057,
          "above": -0.1108
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0734,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.015,
          "above": -0.0123
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0505,
          "above": 0.0261
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0346,
          "above": 0.0183
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.006,
          "above": 0.1065
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.125,
          "above": -0.0052
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0257,
          "above": 0.0094
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.1038,
          "above": 0.0057
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0632,
          "above": 0.021
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.104,
          "above": 0.0026
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0056,
          "above": 0.1009
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1056,
          "above": -0.0035
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0717,
          "above": 0.0041
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0983,
          "above": 0.0057
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "coverage",
          "threshold": 0.3601,
          "below": -0.0187,
          "above": 0.0491
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": -0.0003,
          "above": -0.0699
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1502,
          "below": -0.0022,
          "above": 0.0838
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": 0.1159,
          "above": -0.0288
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0218,
          "above": -0.1903
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0172,
          "above": 0.0264
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "headCosine",
          "threshold": 0.3848,
          "below": 0.0342,
          "above": -0.0214
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0031,
          "above": -0.0865
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0194,
          "above": -0.156
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0065,
          "above": 0.0397
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.011,
          "above": 0.0536
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1804,
          "below": 0.069,
          "above": -0.0195
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0691,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0326,
          "above": -0.0043
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.0595,
          "above": 0.0371
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2779,
          "below": -0.0854,
          "above": 0.0183
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.0645,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": -0.0725,
          "above": 0.0036
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0419,
          "above": -0.0048
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0436,
          "above": -0.0116
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0048,
          "above": -0.0934
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.056,
          "above": 0.0325
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2779,
          "below": -0.08,
          "above": 0.0173
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0682,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0144,
          "above": -0.0116
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1102,
        "below": {
          "feature": "specificAgree",
          "threshold": 0.5,
          "below": -0.0745,
          "above": 0.0474
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0597,
          "above": -0.0045
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0428,
          "above": -0.0112
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0301,
          "above": 0.0146
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0225,
          "above": 0.0082
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0889,
          "above": 0.0063
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0586,
          "above": 0.0186
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0904,
          "above": 0.0033
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0185,
          "above": 0.0518
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0647,
          "above": -0.0204
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0096,
          "above": 0.0509
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0,
          "above": -0.0628
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0046,
          "above": 0.0877
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.1117,
          "above": -0.0035
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0663,
          "above": 0.0038
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0829,
          "above": 0.0054
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0539,
          "above": 0.0174
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0834,
          "above": 0.002
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1734,
          "above": -0.0046
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.043,
          "above": 0.0057
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.0718,
          "below": 0.0184,
          "above": -0.0107
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1435,
          "above": 0.011
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.161,
          "above": -0.0033
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0846,
          "above": -0.001
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0154,
          "above": 0.0488
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0612,
          "above": -0.0194
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.008,
          "above": 0.0481
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1804,
          "below": 0.0645,
          "above": -0.0179
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1492,
          "above": -0.0021
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0395,
          "above": 0.0057
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8721,
        "below": {
          "feature": "closeness",
          "threshold": 0.3875,
          "below": 0.0187,
          "above": -0.125
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0334,
          "above": -0.0067
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1502,
          "below": -0.0013,
          "above": 0.0713
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0755,
          "above": 0.001
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0434,
          "above": 0.0226
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0022,
          "above": -0.0767
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.975,
          "below": 0.0105,
          "above": -0.012
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0769,
          "above": 0.0028
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0635,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0298,
          "above": -0.0039
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0403,
          "above": -0.0111
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0027,
          "above": -0.0697
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.0617,
          "above": 0.0036
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0725,
          "above": 0.0019
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0153,
          "above": 0.0461
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0576,
          "above": -0.0173
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0019,
          "above": 0.0531
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0952,
          "above": 0.0377
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 1.8973,
        "below": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": -0.0338,
          "above": 0.1124
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0409,
          "above": -0.0063
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0414,
          "above": 0.0209
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0033,
          "above": -0.0759
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0043,
          "above": 0.0783
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1339,
          "below": -0.0993,
          "above": -0.0026
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0513,
          "above": 0.0162
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0686,
          "above": 0.0012
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0886,
          "above": 0.0477
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0823,
          "above": -0.0006
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0134,
          "above": 0.0432
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.0031,
          "above": -0.0451
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0377,
          "above": -0.0105
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0064,
          "above": -0.0336
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
          "below": -0.0664,
          "above": 0.002
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.6047,
        "below": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0271,
          "above": 0.0066
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1102,
          "below": -0.0711,
          "above": 0.0495
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": 0.1317,
          "above": -0.0037
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0359,
          "above": 0.0048
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.2121,
          "below": -0.0399,
          "above": 0.024
        },
        "above": {
          "feature": "sameValue",
          "threshold": 0.5,
          "below": 0.0541,
          "above": -0.016
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0832,
          "above": 0.0459
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.0803,
          "above": -0.0006
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.6458,
          "below": -0.0018,
          "above": 0.05
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1303,
          "above": 0.0151
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "headMatch",
          "threshold": 0.325,
          "below": -0.001,
          "above": 0.0719
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0299,
          "above": 0.0371
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.058,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0257,
          "above": -0.0034
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "rank",
          "threshold": 0.225,
          "below": -0.0178,
          "above": 0.0063
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0618,
          "above": 0.0019
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0495,
          "above": 0.0152
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.15,
          "below": -0.0616,
          "above": 0.0003
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0119,
          "above": 0.029
        },
        "above": {
          "feature": "headInSentence",
          "threshold": 0.15,
          "below": 0.0188,
          "above": -0.0451
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0368,
          "above": -0.0109
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.002,
          "above": -0.0646
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "coverage",
          "threshold": 0.4591,
          "below": -0.0116,
          "above": 0.0398
        },
        "above": {
          "feature": "subjectShift",
          "threshold": 0.5,
          "below": -0.016,
          "above": 0.0448
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1445,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0778,
          "above": 0.0429
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1833,
          "below": -0.0339,
          "above": 0.0046
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.975,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.375,
          "below": -0.0039,
          "above": 0.0699
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2779,
          "below": -0.0948,
          "above": -0.0026
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0352,
          "above": -0.0095
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0062,
          "above": -0.0318
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0563,
        "above": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0118,
          "above": -0.0083
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0045,
          "above": 0.0194
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0587,
          "above": 0.0034
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0546,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0233,
          "above": -0.0033
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0674,
          "above": 0.0749
        },
        "above": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": 0.0113,
          "above": -0.0353
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1502,
          "below": -0.0019,
          "above": 0.0595
        },
        "above": {
          "feature": "yearMatch",
          "threshold": 0.5,
          "below": -0.0037,
          "above": -0.0799
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0391,
          "above": 0.0187
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.5974,
          "below": 0.0058,
          "above": -0.0304
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0029,
          "above": 0.0357
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1224,
          "above": 0.0166
        }
      },
      {
        "feature": "leadMatch",
        "threshold": 0.15,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0319,
          "above": -0.0194
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": -0.0384,
          "above": 0.0147
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.004,
          "above": 0.0178
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0569,
          "above": 0.0021
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.6083,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0239,
          "above": -0.0111
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0628,
          "above": 0.0051
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.2121,
        "below": {
          "feature": "headCosine",
          "threshold": 0.1888,
          "below": -0.0636,
          "above": 0.066
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.0968,
          "below": 0.0787,
          "above": -0.0011
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0445,
        "below": -0.0535,
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1445,
          "below": 0.0229,
          "above": -0.0031
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.0718,
        "below": {
          "feature": "closeness",
          "threshold": 0.3167,
          "below": 0.0343,
          "above": -0.0101
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.7083,
          "below": -0.0028,
          "above": -0.0665
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1833,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3715,
          "below": -0.0464,
          "above": 0.0303
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.2779,
          "below": -0.0774,
          "above": 0.0136
        }
      },
      {
        "feature": "headCosine",
        "threshold": 0.3848,
        "below": {
          "feature": "coverage",
          "threshold": 0.1535,
          "below": -0.0457,
          "above": 0.0134
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.7771,
          "below": -0.0504,
          "above": 0.0022
        }
      },
      {
        "feature": "leadCoverage",
        "threshold": 0.5974,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.1833,
          "below": -0.0135,
          "above": 0.0479
        },
        "above": {
          "feature": "headMissing",
          "threshold": 0.5,
          "below": 0.0021,
          "above": -0.0535
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.7639,
        "below": {
          "feature": "closeness",
          "threshold": 0.5505,
          "below": -0.0027,
          "above": 0.0338
        },
        "above": {
          "feature": "localAfter",
          "threshold": 0.8333,
          "below": -0.1128,
          "above": 0.0156
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.1667,
        "below": {
          "feature": "coverage",
          "threshold": 0.8302,
          "below": 0.0141,
          "above": -0.0513
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": -0.0277,
          "above": 0.0367
        }
      },
      {
        "feature": "yearClash",
        "threshold": 0.5,
        "below": {
          "feature": "closeness",
          "threshold": 0.4773,
          "below": -0.0039,
          "above": 0.0172
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8721,
          "below": -0.0548,
          "above": 0.002
        }
      }
    ]
  },
  "differing": {
    "bias": -2.2361,
    "weights": {
      "coverage": 4.845,
      "coverageHere": -2.3119,
      "coverageGap": -2.0419,
      "closeness": 0.3266,
      "localBefore": 1.3551,
      "localAfter": -0.4384,
      "bestLocal": 0.998,
      "siblingAgrees": -0.4115,
      "headMatch": 2.2221,
      "headCosine": -1.5034,
      "headDistinct": -0.707,
      "headMismatch": -1.4002,
      "headInSentence": 0.0776,
      "headMissing": -0.0071,
      "noHeads": 0.0857,
      "leadCoverage": 0.0321,
      "leadMatch": 0.1759,
      "trailMatch": 0.4684,
      "negationClash": 0.4917,
      "subjectMatch": 1.5447,
      "subjectHere": -0.1492,
      "subjectClash": -0.8451,
      "subjectShift": -0.7921,
      "yearMatch": 1.5656,
      "yearClash": -2.1759,
      "periodClash": -0.3205,
      "roleClash": 0.206,
      "rateClash": -1.4611,
      "partClash": -1.4298,
      "timeLike": -0.8774,
      "agrees": 0,
      "sameValue": 0,
      "specificAgree": 0,
      "logRatio": -2.1373,
      "scaleSlip": 4.9029,
      "rank": 2.4276,
      "corpusSize": 0.0422
    },
    "trees": [
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1197,
          "above": 0.0728
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1286,
          "above": 0.0031
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1172,
          "above": 0.0674
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0519,
          "above": 0.1996
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0714,
          "above": -0.0451
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1147,
          "above": 0.0062
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1159,
          "above": 0.0586
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1053,
          "above": 0.0056
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1135,
          "above": 0.0539
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0409,
          "above": 0.1671
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0597,
          "above": -0.0481
        },
        "above": {
          "feature": "logRatio",
          "threshold": 1.047,
          "below": -0.0481,
          "above": 0.0751
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0486,
          "above": -0.0911
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0904,
          "above": 0.0097
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.3289,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0136,
          "above": -0.0632
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.1411,
          "above": -0.0958
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0109,
          "above": -0.0761
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.1625,
          "below": 0.037,
          "above": 0.5503
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1134,
          "above": 0.0429
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.0322,
          "above": 0.1444
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0116,
          "above": -0.0776
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1122,
          "above": 0.1257
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.8342,
          "below": -0.1282,
          "above": 0.1256
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0197,
          "above": -0.0506
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.009,
          "above": -0.0673
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.2263,
          "above": -0.1006
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0295,
          "above": -0.024
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.125,
          "below": 0.2379,
          "above": 0.0474
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0103,
          "above": -0.0703
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1073,
          "above": 0.1094
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "rank",
          "threshold": 0.0351,
          "below": -0.1209,
          "above": 0.0033
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0216,
          "above": 0.304
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "rank",
          "threshold": 0.1339,
          "below": -0.0185,
          "above": 0.0464
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.17,
          "above": 0.0103
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.3289,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0164,
          "above": -0.0373
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.1072,
          "above": -0.0946
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0078,
          "above": -0.0788
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0189,
          "above": 0.254
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0168,
          "above": -0.1493
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1875,
          "above": 0.0033
        }
      },
      {
        "feature": "rank",
        "threshold": 0.0351,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": -0.1362,
          "above": 0.0546
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.0818,
          "below": -0.1086,
          "above": 0.0101
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0069,
          "above": -0.0582
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.1042,
          "above": 0.1687
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.0862,
        "below": {
          "feature": "roleClash",
          "threshold": 0.5,
          "below": 0.0417,
          "above": -0.0684
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0726,
          "above": 0.0107
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0083,
          "above": -0.0613
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.1034,
          "above": 0.0903
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "rank",
          "threshold": 0.0351,
          "below": -0.1088,
          "above": 0.0022
        },
        "above": {
          "feature": "headMatch",
          "threshold": 0.525,
          "below": -0.0172,
          "above": 0.203
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "closeness",
          "threshold": 0.3542,
          "below": 0.0186,
          "above": -0.0865
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.1406,
          "above": 0.0114
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0223,
          "above": -0.0184
        },
        "above": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0403,
          "above": 0.1319
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0074,
          "above": -0.0551
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.1027,
          "above": 0.0869
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0064,
          "above": -0.0546
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.1501,
          "above": -0.0957
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0058,
          "above": -0.0656
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.1042,
          "above": 0.1215
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.4645,
        "below": {
          "feature": "coverage",
          "threshold": 0.4046,
          "below": -0.0141,
          "above": 0.0452
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1555,
          "above": 0.0051
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0137,
          "above": -0.0233
        },
        "above": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0394,
          "above": 0.1196
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0405,
          "above": -0.0116
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1669,
          "above": 0.0092
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0143,
          "above": -0.0348
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.097,
          "above": 0.0785
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "rank",
          "threshold": 0.0351,
          "below": -0.0999,
          "above": 0.0019
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.1024,
          "above": 0.1129
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.0091,
          "above": -0.0492
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1571,
          "above": -0.0403
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0063,
          "above": 0.1187
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1403,
          "above": 0.0364
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.008,
          "above": -0.0427
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4143,
          "below": -0.0247,
          "above": 0.1621
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0385,
          "above": -0.0109
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1606,
          "above": 0.0067
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0066,
          "above": -0.0487
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.102,
          "above": 0.0747
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0024,
          "above": -0.074
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1411,
          "above": -0.043
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.0254,
          "above": -0.1084
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1539,
          "above": 0.0026
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "scaleSlip",
          "threshold": 0.5,
          "below": -0.0004,
          "above": -0.1409
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.1068,
          "above": -0.0413
        }
      },
      {
        "feature": "rank",
        "threshold": 0.1339,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2841,
          "below": -0.082,
          "above": 0.0183
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.1857,
          "below": 0.0989,
          "above": -0.0031
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.8342,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0057,
          "above": -0.0637
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.1236,
          "above": 0.0915
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": 0.0614,
          "above": -0.0188
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.1492,
          "above": 0.0162
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0114,
          "above": -0.0324
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0668,
          "above": -0.1043
        }
      },
      {
        "feature": "rank",
        "threshold": 0.75,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0234,
          "above": -0.0158
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.221,
          "above": -0.0023
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.45,
          "below": -0.0031,
          "above": 0.0507
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0068,
          "above": -0.1399
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0323,
          "above": -0.0089
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1531,
          "above": 0.0057
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0115,
          "above": -0.0287
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0997,
          "above": 0.0655
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0295,
          "above": -0.1009
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0945,
          "above": -0.0113
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0126,
          "above": 0.0656
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1473,
          "above": 0.0006
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0019,
          "above": -0.0693
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": -0.0408,
          "above": 0.1406
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0052,
          "above": 0.1039
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1297,
          "above": 0.0295
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.0484,
          "above": 0.0125
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0013,
          "above": -0.1275
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0047,
          "above": -0.0456
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0906,
          "above": 0.111
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0392,
          "below": -0.1423,
          "above": -0.0012
        },
        "above": {
          "feature": "headCosine",
          "threshold": 0.2652,
          "below": -0.0216,
          "above": 0.0874
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0037,
          "above": 0.0928
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1214,
          "above": 0.0236
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.0064,
          "above": -0.0345
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1328,
          "above": -0.0414
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0068,
          "above": -0.037
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.328,
          "below": -0.0964,
          "above": 0.0626
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0029,
          "above": -0.1586
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.1074,
          "above": -0.004
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0017,
          "above": -0.0621
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": -0.0356,
          "above": 0.1256
        }
      },
      {
        "feature": "subjectHere",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.049,
          "above": 0.0117
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.3863,
          "below": 0.0018,
          "above": -0.1173
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0277,
          "above": -0.0937
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0818,
          "above": -0.0089
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0066,
          "above": -0.0365
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.1102,
          "above": 0.059
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.453,
          "below": -0.0171,
          "above": 0.021
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.9164,
          "below": -0.0791,
          "above": 0.0621
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0018,
          "above": -0.0587
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1189,
          "above": -0.0417
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0027,
          "above": -0.1532
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0991,
          "above": -0.0036
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0037,
          "above": 0.0853
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1073,
          "above": 0.02
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.0358,
          "above": 0.0347
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1165,
          "above": 0.0087
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0104,
          "above": -0.0181
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.0921,
          "above": -0.0413
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0051,
          "above": -0.0458
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0963,
          "above": -0.0879
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0116,
          "above": -0.0184
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1123,
          "above": -0.0388
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.1554,
        "below": {
          "feature": "headMatch",
          "threshold": 0.725,
          "below": -0.1194,
          "above": 0.1039
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.1886,
          "below": 0.1143,
          "above": -0.0032
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1581,
          "below": -0.0645,
          "above": 0.0225
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.1013,
          "above": 0.0076
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.577,
          "below": 0.0023,
          "above": -0.0569
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.054,
          "above": -0.1
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0392,
          "below": -0.1397,
          "above": -0.0005
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0517,
          "above": -0.0518
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0023,
          "above": 0.0748
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.1017,
          "above": 0.017
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.0327,
          "above": 0.0311
        },
        "above": {
          "feature": "bestLocal",
          "threshold": 0.5,
          "below": -0.0909,
          "above": 0.0051
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1147,
          "above": 0.0187
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.1236,
          "above": 0.0117
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0035,
          "above": 0.1838
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2175,
          "below": -0.1437,
          "above": -0.0009
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0069,
          "above": -0.0343
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0955,
          "below": -0.1098,
          "above": 0.0506
        }
      },
      {
        "feature": "timeLike",
        "threshold": 0.5,
        "below": {
          "feature": "logRatio",
          "threshold": 0.0862,
          "below": 0.0269,
          "above": -0.0079
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1437,
          "above": 0.007
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0581,
          "above": 0.0657
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0703,
          "above": 0.007
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0122,
          "above": 0.0557
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1389,
          "above": 0.0007
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "closeness",
          "threshold": 0.1909,
          "below": 0.0104,
          "above": -0.017
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": -0.0385,
          "above": 0.1077
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0047,
          "above": -0.0448
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0937,
          "above": 0.0866
        }
      },
      {
        "feature": "logRatio",
        "threshold": 0.2264,
        "below": {
          "feature": "coverage",
          "threshold": 0.1554,
          "below": -0.1117,
          "above": 0.0172
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 1.8973,
          "below": -0.1159,
          "above": 0.0102
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0536,
          "above": 0.0601
        },
        "above": {
          "feature": "coverageHere",
          "threshold": 0.2175,
          "below": -0.1386,
          "above": -0.0008
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.1581,
          "below": -0.058,
          "above": 0.0192
        },
        "above": {
          "feature": "noHeads",
          "threshold": 0.5,
          "below": 0.0102,
          "above": -0.0728
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0445,
          "below": -0.106,
          "above": 0.0012
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": 0.0383,
          "above": -0.0792
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0019,
          "above": 0.0667
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.0956,
          "above": 0.0153
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0087,
          "above": -0.0176
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1041,
          "above": -0.0389
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0063,
          "above": -0.0319
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": 0.0491,
          "above": -0.0967
        }
      },
      {
        "feature": "subjectMatch",
        "threshold": 0.7083,
        "below": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0367,
          "above": -0.0148
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 2.0402,
          "below": -0.0425,
          "above": 0.0247
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "corpusSize",
          "threshold": 1.8512,
          "below": 0.1003,
          "above": -0.0247
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0862,
          "above": -0.0031
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0088,
          "above": -0.0161
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.0843,
          "above": -0.0387
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0015,
          "above": -0.0488
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.1,
          "above": -0.0372
        }
      },
      {
        "feature": "coverageHere",
        "threshold": 0.1857,
        "below": {
          "feature": "subjectClash",
          "threshold": 0.5,
          "below": -0.0048,
          "above": 0.1496
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0622,
          "above": 0.0063
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.1909,
        "below": {
          "feature": "rank",
          "threshold": 0.75,
          "below": 0.0188,
          "above": -0.089
        },
        "above": {
          "feature": "rank",
          "threshold": 0.0513,
          "below": -0.1322,
          "above": 0.0005
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0025,
          "above": -0.1503
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0812,
          "above": -0.002
        }
      },
      {
        "feature": "headMatch",
        "threshold": 0.775,
        "below": {
          "feature": "headMatch",
          "threshold": 0.3875,
          "below": -0.0019,
          "above": 0.0644
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.2917,
          "below": -0.0872,
          "above": 0.0128
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.5247,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.453,
          "below": -0.0054,
          "above": 0.0628
        },
        "above": {
          "feature": "subjectHere",
          "threshold": 0.225,
          "below": 0.0051,
          "above": -0.1424
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.008,
          "above": -0.0161
        },
        "above": {
          "feature": "coverage",
          "threshold": 0.3422,
          "below": -0.1014,
          "above": 0.0727
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.577,
          "below": 0.002,
          "above": -0.0521
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0465,
          "above": -0.1075
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "closeness",
          "threshold": 0.2929,
          "below": -0.0029,
          "above": -0.1464
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0125,
          "above": -0.1579
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0036,
          "above": -0.0391
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.3349,
          "below": 0.08,
          "above": -0.0985
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "timeLike",
          "threshold": 0.5,
          "below": 0.0011,
          "above": -0.0428
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.0962,
          "above": -0.0358
        }
      },
      {
        "feature": "logRatio",
        "threshold": 2.5908,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0078,
          "above": -0.0148
        },
        "above": {
          "feature": "logRatio",
          "threshold": 3.1728,
          "below": 0.0802,
          "above": -0.0384
        }
      },
      {
        "feature": "headInSentence",
        "threshold": 0.775,
        "below": {
          "feature": "leadCoverage",
          "threshold": 0.2495,
          "below": -0.0557,
          "above": 0.0201
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.2303,
          "below": 0.0425,
          "above": -0.0463
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.9611,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.5247,
          "below": 0.0033,
          "above": -0.0363
        },
        "above": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": -0.0813,
          "above": 0.082
        }
      },
      {
        "feature": "coverageGap",
        "threshold": 0.453,
        "below": {
          "feature": "rank",
          "threshold": 0.0392,
          "below": -0.128,
          "above": -0.0005
        },
        "above": {
          "feature": "leadMatch",
          "threshold": 0.775,
          "below": 0.0337,
          "above": -0.0736
        }
      },
      {
        "feature": "localBefore",
        "threshold": 0.8333,
        "below": {
          "feature": "coverageHere",
          "threshold": 0.4645,
          "below": 0.0045,
          "above": -0.0206
        },
        "above": {
          "feature": "leadCoverage",
          "threshold": 0.7078,
          "below": 0.0919,
          "above": -0.033
        }
      },
      {
        "feature": "coverage",
        "threshold": 0.4046,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.1673,
          "below": -0.0819,
          "above": 0.0054
        },
        "above": {
          "feature": "coverageGap",
          "threshold": 0.6881,
          "below": 0.0117,
          "above": -0.148
        }
      },
      {
        "feature": "corpusSize",
        "threshold": 2.0402,
        "below": {
          "feature": "logRatio",
          "threshold": 0.2264,
          "below": 0.0196,
          "above": -0.0725
        },
        "above": {
          "feature": "corpusSize",
          "threshold": 3.4021,
          "below": 0.0649,
          "above": -0.0081
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "headInSentence",
          "threshold": 0.775,
          "below": 0.0061,
          "above": -0.0301
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.0955,
          "below": -0.0931,
          "above": 0.0453
        }
      },
      {
        "feature": "closeness",
        "threshold": 0.0955,
        "below": {
          "feature": "coverageGap",
          "threshold": 0.3074,
          "below": -0.0826,
          "above": 0.0226
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.1181,
          "below": 0.1207,
          "above": -0.0004
        }
      },
      {
        "feature": "localAfter",
        "threshold": 0.8333,
        "below": {
          "feature": "subjectHere",
          "threshold": 0.55,
          "below": 0.0041,
          "above": -0.0342
        },
        "above": {
          "feature": "subjectMatch",
          "threshold": 0.55,
          "below": -0.0543,
          "above": 0.0781
        }
      },
      {
        "feature": "logRatio",
        "threshold": 1.047,
        "below": {
          "feature": "logRatio",
          "threshold": 0.577,
          "below": 0.0021,
          "above": -0.0498
        },
        "above": {
          "feature": "closeness",
          "threshold": 0.4722,
          "below": 0.0434,
          "above": -0.0983
        }
      }
    ]
  },
  "thresholds": {
    "support": 0.8,
    "supportPerDecade": 0,
    "conflict": 0.9,
    "dispute": 0.7,
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
    "trainingPairs": 9758,
    "heldOutClaims": 257,
    "heldOutAccuracy": 0.8093,
    "heldOutFalseSupport": 0.0803
  }
};
