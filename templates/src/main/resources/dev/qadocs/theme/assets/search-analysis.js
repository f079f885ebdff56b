/*
 * qadocs search, 1 of 3: text analysis. A port of dev.qadocs.search.SearchAnalyzer, Lucene's English chain over a
 * letters-and-digits tokenizer, step for step: a query finds what Lucene indexed only if both make the same terms,
 * which AnalysisParityTest checks on every word of the corpus. The three search scripts are classic scripts
 * sharing one object, window.qadocsSearch: browsers refuse ES modules on file://.
 */
(function (search) {
  'use strict';

  // SearchAnalyzer.WORD: runs of letters, marks and digits, inner apostrophes kept.
  var WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
  // SearchAnalyzer.MAX_TOKEN_LENGTH: longer tokens are dropped before any other step.
  var MAX_TOKEN_LENGTH = 40;
  var POSSESSIVE = /['\u2019][sS]$/;
  // Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.
  var STOP_WORDS = new Set(('a an and are as at be but by for if in into is it no not of on or such that the their then ' +
    'there these they this to was will with').split(' '));

  /**
   * The words of a text, in order.
   * @param {string} text
   * @returns {{raw: string, term: string, at: number, end: number}[]} raw: the word lowercased; term: what Lucene
   *   indexes for it, '' for a stop word; at, end: where it is in the text
   */
  function words(text) {
    var found = [], match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text))) {
      var word = match[0];
      if (word.length > MAX_TOKEN_LENGTH) continue;
      if (POSSESSIVE.test(word)) word = word.slice(0, -2);
      word = word.toLowerCase();
      found.push({ raw: word, term: STOP_WORDS.has(word) ? '' : stem(word), at: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  // Porter's algorithm as Lucene's PorterStemmer writes it (Release 3 with its two bug fixes). A table maps the
  // letter before a suffix's last letter to the suffixes of a step, each with its replacement.
  var STEP3_SUFFIXES = suffixTable('a:ational=ate,tional=tion c:enci=ence,anci=ance e:izer=ize ' +
    'l:bli=ble,alli=al,entli=ent,eli=e,ousli=ous o:ization=ize,ation=ate,ator=ate ' +
    's:alism=al,iveness=ive,fulness=ful,ousness=ous t:aliti=al,iviti=ive,biliti=ble g:logi=log');
  var STEP4_SUFFIXES = suffixTable('e:icate=ic,ative=,alize=al i:iciti=ic l:ical=ic,ful= s:ness=');
  var STEP5_SUFFIXES = suffixTable('a:al c:ance,ence e:er i:ic l:able,ible n:ant,ement,ment,ent o:ion,ou s:ism ' +
    't:ate,iti u:ous v:ive z:ize');

  function suffixTable(spec) {
    var table = {};
    spec.split(' ').forEach(function (group) {
      table[group[0]] = group.slice(2).split(',').map(function (rule) { return rule.split('='); });
    });
    return table;
  }

  /**
   * Porter's stem of a lowercased word. The names are the algorithm's: letters[0..end] is the word being
   * stemmed, letters[0..stemEnd] the stem left when the suffix last matched by endsWith is taken off.
   */
  function stem(word) {
    var letters = word.split(''), end = letters.length - 1, stemEnd = 0;
    if (end < 2) return word;
    function consonant(i) {
      var letter = letters[i];
      if (letter === 'a' || letter === 'e' || letter === 'i' || letter === 'o' || letter === 'u') return false;
      return letter === 'y' ? i === 0 || !consonant(i - 1) : true;
    }
    // Porter's m: the number of vowel-consonant sequences in the stem.
    function measure() {
      var sequences = 0, i = 0;
      for (;;) { if (i > stemEnd) return sequences; if (!consonant(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > stemEnd) return sequences; if (consonant(i)) break; i++; }
        i++; sequences++;
        for (;;) { if (i > stemEnd) return sequences; if (!consonant(i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() { for (var i = 0; i <= stemEnd; i++) if (!consonant(i)) return true; return false; }
    function doubleConsonant(i) { return i >= 1 && letters[i] === letters[i - 1] && consonant(i); }
    // Consonant, vowel, consonant ending at i, the last not w, x or y: where a final -e is restored or kept.
    function consonantVowelConsonant(i) {
      if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) return false;
      return letters[i] !== 'w' && letters[i] !== 'x' && letters[i] !== 'y';
    }
    function endsWith(suffix) {
      var from = end - suffix.length + 1;
      if (from < 0) return false;
      for (var i = 0; i < suffix.length; i++) if (letters[from + i] !== suffix[i]) return false;
      stemEnd = end - suffix.length;
      return true;
    }
    function replaceSuffix(replacement) {
      for (var i = 0; i < replacement.length; i++) letters[stemEnd + 1 + i] = replacement[i];
      end = stemEnd + replacement.length;
    }
    function replaceFrom(table, keyAt) {
      var rules = table[letters[keyAt]] || [];
      for (var i = 0; i < rules.length; i++) {
        if (endsWith(rules[i][0])) { if (measure() > 0) replaceSuffix(rules[i][1]); return; }
      }
    }
    // step 1: plurals, -ed, -ing
    if (letters[end] === 's') {
      if (endsWith('sses')) end -= 2;
      else if (endsWith('ies')) replaceSuffix('i');
      else if (letters[end - 1] !== 's') end--;
    }
    if (endsWith('eed')) { if (measure() > 0) end--; }
    else if ((endsWith('ed') || endsWith('ing')) && vowelInStem()) {
      end = stemEnd;
      if (endsWith('at')) replaceSuffix('ate');
      else if (endsWith('bl')) replaceSuffix('ble');
      else if (endsWith('iz')) replaceSuffix('ize');
      else if (doubleConsonant(end)) {
        var doubled = letters[end--];
        if (doubled === 'l' || doubled === 's' || doubled === 'z') end++;
      }
      else if (measure() === 1 && consonantVowelConsonant(end)) replaceSuffix('e');
    }
    // step 2: terminal y to i
    if (endsWith('y') && vowelInStem()) letters[end] = 'i';
    // steps 3 and 4: double suffixes, -ic-, -full, -ness
    if (end !== 0) replaceFrom(STEP3_SUFFIXES, end - 1);
    replaceFrom(STEP4_SUFFIXES, end);
    // step 5: -ant, -ence and the like, dropped where the measure is over one
    if (end !== 0) {
      var rules = STEP5_SUFFIXES[letters[end - 1]] || [];
      for (var i = 0; i < rules.length; i++) {
        var suffix = rules[i][0];
        var matches = suffix === 'ion'
          ? endsWith(suffix) && stemEnd >= 0 && (letters[stemEnd] === 's' || letters[stemEnd] === 't')
          : endsWith(suffix);
        if (matches) { if (measure() > 1) end = stemEnd; break; }
      }
    }
    // step 6: final -e, double l
    stemEnd = end;
    if (letters[end] === 'e') {
      var sequences = measure();
      if (sequences > 1 || (sequences === 1 && !consonantVowelConsonant(end - 1))) end--;
    }
    if (letters[end] === 'l' && doubleConsonant(end) && measure() > 1) end--;
    return letters.slice(0, end + 1).join('');
  }

  search.words = words;
  search.stem = stem;
})(globalThis.qadocsSearch = globalThis.qadocsSearch || {});
