/**
 * Grammar the tokenizer needs: stop words, irregular verb forms and nationality adjectives. Word
 * knowledge (which words name the same thing) comes from WordNet and word vectors (lexicon/).
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet of in on at to for from by with without within into onto upon over
  under about above below between among through during before after since until till than then
  as is are was were be been being am do does did done doing have has had having will would shall
  should can could may might must it its it's this that these those there here their theirs them
  they he him his she her hers we us our ours you your yours i me my mine who whom whose which what
  when where why how all any both each few more most other some such no not only own same too very
  just also even still ever again further once s t one's if while because although though whether
  per via de del la el los las le les du des da do dos e y que et
  said says say according told reportedly reported also around roughly approximately nearly
  almost least up fewer less many much several place
  whole entire overall itself themselves himself herself thought believed believe think estimated
  currently recently now already still yet really actually reportedly allegedly apparently`.split(/\s+/),
);

/** Past tenses and participles that a suffix stemmer cannot bring back to the verb. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    held: 'hold', built: 'build', led: 'lead', paid: 'pay', sold: 'sell', won: 'win', lost: 'lose',
    fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow',
    took: 'take', taken: 'take', made: 'make', went: 'go', gone: 'go', ran: 'run', spent: 'spend',
    bought: 'buy', brought: 'bring', kept: 'keep', left: 'leave', met: 'meet', sent: 'send',
    told: 'tell', thought: 'think', found: 'find', gave: 'give', given: 'give', began: 'begin',
    begun: 'begin', became: 'become', came: 'come', saw: 'see', seen: 'see', knew: 'know',
    known: 'know', wrote: 'write', written: 'write', drove: 'drive', driven: 'drive', fought: 'fight',
    caught: 'catch', struck: 'strike', shot: 'shoot', beaten: 'beat', chose: 'choose',
    chosen: 'choose', stole: 'steal', stolen: 'steal', broke: 'break', broken: 'break', fled: 'flee',
    hid: 'hide', hidden: 'hide', dealt: 'deal', meant: 'mean', felt: 'feel', heard: 'hear',
    stood: 'stand', understood: 'understand', men: 'man', women: 'woman', children: 'child',
    people: 'person', died: 'die', dead: 'die', deaths: 'die', death: 'die', lay: 'lie', laid: 'lay',
    sought: 'seek', taught: 'teach', threw: 'throw', thrown: 'throw', wore: 'wear', worn: 'wear',
    swore: 'swear', sworn: 'swear', rang: 'ring', sang: 'sing', sank: 'sink', spoke: 'speak',
    spoken: 'speak', froze: 'freeze', frozen: 'freeze', woke: 'wake', arose: 'arise', bore: 'bear',
    born: 'bear', forgot: 'forget', forgotten: 'forget', forgave: 'forgive', overtook: 'overtake',
    undertook: 'undertake', withdrew: 'withdraw', withdrawn: 'withdraw', slid: 'slide', fed: 'feed',
    bred: 'breed', lent: 'lend', bent: 'bend', shut: 'shut', quit: 'quit',
  }),
);

/**
 * Nationality adjectives and the country they name, so that "Peruvian authorities" meets
 * "Peru" and "Chinese exports" meets "China". General knowledge, not any story's.
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    afghan: 'afghanistan', albanian: 'albania', algerian: 'algeria', american: 'america', argentine: 'argentina',
    argentinian: 'argentina', armenian: 'armenia', australian: 'australia', austrian: 'austria', bangladeshi: 'bangladesh',
    belgian: 'belgium', bolivian: 'bolivia', bosnian: 'bosnia', brazilian: 'brazil', british: 'britain', bulgarian: 'bulgaria',
    cambodian: 'cambodia', cameroonian: 'cameroon', canadian: 'canada', chilean: 'chile', chinese: 'china', colombian: 'colombia',
    congolese: 'congo', croatian: 'croatia', cuban: 'cuba', czech: 'czechia', danish: 'denmark', dominican: 'dominica',
    dutch: 'netherlands', ecuadorian: 'ecuador', egyptian: 'egypt', english: 'england', eritrean: 'eritrea', estonian: 'estonia',
    ethiopian: 'ethiopia', european: 'europe', filipino: 'philippines', finnish: 'finland', french: 'france', georgian: 'georgia',
    german: 'germany', ghanaian: 'ghana', greek: 'greece', guatemalan: 'guatemala', haitian: 'haiti', honduran: 'honduras',
    hungarian: 'hungary', icelandic: 'iceland', indian: 'india', indonesian: 'indonesia', iranian: 'iran', iraqi: 'iraq',
    irish: 'ireland', israeli: 'israel', italian: 'italy', jamaican: 'jamaica', japanese: 'japan', jordanian: 'jordan',
    kenyan: 'kenya', korean: 'korea', kuwaiti: 'kuwait', latvian: 'latvia', lebanese: 'lebanon', libyan: 'libya',
    lithuanian: 'lithuania', malaysian: 'malaysia', mexican: 'mexico', moroccan: 'morocco', nepalese: 'nepal', nepali: 'nepal',
    nicaraguan: 'nicaragua', nigerian: 'nigeria', norwegian: 'norway', pakistani: 'pakistan', palestinian: 'palestine',
    panamanian: 'panama', paraguayan: 'paraguay', peruvian: 'peru', polish: 'poland', portuguese: 'portugal', qatari: 'qatar',
    romanian: 'romania', russian: 'russia', rwandan: 'rwanda', salvadoran: 'salvador', saudi: 'saudi', scottish: 'scotland',
    senegalese: 'senegal', serbian: 'serbia', singaporean: 'singapore', slovak: 'slovakia', slovenian: 'slovenia',
    somali: 'somalia', spanish: 'spain', sudanese: 'sudan', swedish: 'sweden', swiss: 'switzerland', syrian: 'syria',
    taiwanese: 'taiwan', thai: 'thailand', tunisian: 'tunisia', turkish: 'turkey', ugandan: 'uganda', ukrainian: 'ukraine',
    uruguayan: 'uruguay', venezuelan: 'venezuela', vietnamese: 'vietnam', welsh: 'wales', yemeni: 'yemen', zambian: 'zambia',
    zimbabwean: 'zimbabwe',
  }),
);
