/**
 * The smallest feed frise draws, as the guides show it: three events, each with a title and a start
 * date (from the seed feed's story). The guides print it and draw it from this one object.
 */
export const minimalFeed = {
  events: [
    {title: 'Putin and Kim sign a mutual defence treaty', start: '2024-06-19'},
    {title: 'South Korea’s spy agency says North Korean troops are going to Russia', start: '2024-10-18'},
    {title: 'North Korea denies sending troops, at the United Nations', start: '2024-10-21'},
  ],
};
