/** The words of a camel, Pascal or snake case name, lower case: `ErrorCodeToStatusMap` is error, code, to, status, map. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of name) {
    const upper = char >= 'A' && char <= 'Z';
    if (
      char === '_' ||
      char === '$' ||
      (upper && word && !(word[word.length - 1] >= 'A' && word[word.length - 1] <= 'Z'))
    ) {
      if (word) words.push(word.toLowerCase());
      word = char === '_' || char === '$' ? '' : char;
    } else {
      word += char;
    }
  }
  if (word) words.push(word.toLowerCase());
  return words;
}
