// lunr with lunr-languages' Dutch support, registered once. English stemming and stop words come
// with lunr itself; lunr-languages' `lunr.multi` would chain the same functions.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';
import multi from 'lunr-languages/lunr.multi.js';

type LunrWithLanguages = typeof lunr & {
  nl: { trimmer: lunr.PipelineFunction; stopWordFilter: lunr.PipelineFunction; stemmer: lunr.PipelineFunction };
};

let registered = false;

/** The lunr module with Dutch registered (idempotent). */
export function lunrDutch(): LunrWithLanguages {
  if (!registered) {
    stemmerSupport(lunr);
    dutch(lunr);
    multi(lunr);
    registered = true;
  }
  return lunr as LunrWithLanguages;
}
