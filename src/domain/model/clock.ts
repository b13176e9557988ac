/** Time comes into the domain only through a Clock (or as an explicit instant parameter). */
export interface Clock {
  now(): Date;
}

export const fixedClock = (instant: Date | string): Clock => {
  const at = new Date(instant);
  return { now: () => new Date(at.getTime()) };
};
