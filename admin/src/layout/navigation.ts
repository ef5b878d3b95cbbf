import { createContext, useContext } from 'react';

export interface NavigationEntry {
  path: string;
  label: string;
  description: string;
}

// The pages the signed-in user may open, from the route registry. Pages read it from here rather
// than from routes.tsx, which imports every page.
export const NavigationContext = createContext<readonly NavigationEntry[]>([]);

export function useNavigationEntries(): readonly NavigationEntry[] {
  return useContext(NavigationContext);
}
