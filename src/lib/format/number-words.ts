const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as running text writes it: "no", "one" … "ten", then digits ("11"). */
export const numberWord = (n: number): string => WORDS[n] ?? String(n);
