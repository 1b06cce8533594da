/** An in-memory Storage that can be made full. */
export function memoryStorage(initial: Record<string, string> = {}, capacity = Infinity): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const size = [...map.entries()].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
      if (size + v.length > capacity) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => map.delete(k),
    clear: () => {
      map.clear();
    },
  };
}
