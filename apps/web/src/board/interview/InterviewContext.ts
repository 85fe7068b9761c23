import { createContext, useContext } from 'react';
import type { InterviewView } from './useInterview';

/**
 * The board's interview as the server broadcasts it (useInterview), read once by the board screen
 * and shared: the clock in the top bar, the drill banner and the analysis under a drill, the
 * estimation drill's audience.
 */
export const InterviewContext = createContext<InterviewView | null>(null);

export function useInterviewView(): InterviewView {
  const value = useContext(InterviewContext);
  if (!value) throw new Error('useInterviewView outside <InterviewContext>');
  return value;
}
