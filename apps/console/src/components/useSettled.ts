import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms`: what typing settles on, before the server is asked. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
