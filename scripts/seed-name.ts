// Pioneers of computing: realistic, searchable names for the seeded users (npm run db:seed and the bench).
const FIRST = [
  "Ada",
  "Alan",
  "Grace",
  "Linus",
  "Margaret",
  "Ken",
  "Barbara",
  "Dennis",
  "Frances",
  "Edsger",
  "Radia",
  "Tim",
  "Hedy",
  "John",
  "Katherine",
  "Donald",
  "Shafi",
  "Leslie",
  "Sophie",
  "Niklaus",
];
const LAST = [
  "Lovelace",
  "Turing",
  "Hopper",
  "Torvalds",
  "Hamilton",
  "Thompson",
  "Liskov",
  "Ritchie",
  "Allen",
  "Dijkstra",
  "Perlman",
  "Berners-Lee",
  "Lamarr",
  "McCarthy",
  "Johnson",
  "Knuth",
  "Goldwasser",
  "Lamport",
  "Wilson",
  "Wirth",
];

/** The i-th seeded person's name: every first name meets every last name before any pair repeats. */
export function seedName(i: number): { first: string; last: string } {
  return { first: FIRST[i % FIRST.length], last: LAST[Math.floor(i / FIRST.length) % LAST.length] };
}
