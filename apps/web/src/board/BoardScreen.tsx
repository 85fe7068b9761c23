import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { activeDrill, type Role } from '@scaleboard/protocol';
import { rememberBoard } from '../landing/recentBoards';
import type { Profile } from '../profile/profileStore';
import type { BoardSession, SessionState } from '../sync/BoardSession';
import { useBoardContent } from '../sync/useBoardContent';
import { AnalysisProvider } from './analysis/AnalysisProvider';
import { BoardContext, type BoardContextValue } from './BoardContext';
import { Canvas } from './canvas/Canvas';
import { EdgeToolbar } from './canvas/EdgeToolbar';
import { FollowBar } from './follow/FollowBar';
import { LaserLayer } from './follow/LaserLayer';
import { HistoryControls } from './history/HistoryControls';
import { AnalysisToolbar } from './inspector/AnalysisToolbar';
import { Inspector } from './inspector/Inspector';
import { useUndo } from './history/useUndo';
import { Palette } from './palette/Palette';
import { useSelection } from './canvas/useSelection';
import { useDrawnNodes } from './canvas/useDrawnNodes';
import { ShortcutsSheet } from './shortcuts/ShortcutsSheet';
import { useBoardShortcuts } from './shortcuts/useBoardShortcuts';
import { TopBar } from './topbar/TopBar';
import { LazyHistoryPanel, LazyTextPanel } from '../lazyParts';
import { DrillBanner } from './drills/DrillBanner';
import { DrillMenu } from './drills/DrillMenu';
import { InterviewContext } from './interview/InterviewContext';
import { useInterview } from './interview/useInterview';
import { PanelBoundary } from '../ui/PanelBoundary';
import { SketchTools } from './sketching/SketchTools';
import type { SketchTool } from './sketching/sketchTools';

interface BoardScreenProps {
  session: BoardSession;
  sessionState: SessionState;
  role: Role;
  readOnly: boolean;
  boardKey: string;
  profile: Profile;
  onRename: (name: string) => void;
}

/** The board: a full-window canvas with floating chrome around it. */
export function BoardScreen({ session, sessionState, role, readOnly, boardKey, profile, onRename }: BoardScreenProps) {
  const { doc, origin, gestureOrigin, awareness } = session;
  const content = useBoardContent(doc);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editingEdgeId, setEditingEdgeId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [tool, setTool] = useState<SketchTool>('select');
  const [historyOpen, setHistoryOpen] = useState(false);
  const [textOpen, setTextOpen] = useState(false);
  const selection = useSelection(content, awareness);
  const drawnNodes = useDrawnNodes(content.nodes);
  const undo = useUndo(doc, origin, gestureOrigin);
  const interview = useInterview(session, role);
  const drill = useMemo(() => (interview.state ? activeDrill(interview.state.drills) : null), [interview.state]);
  // Stable, like every prop of the memoised chrome: an edit re-renders only what shows the content.
  const openHelp = useCallback(() => setHelpOpen(true), []);
  // The history and text panels take the same place beside the canvas: opening one closes the other.
  const toggleHistory = useCallback(() => {
    setHistoryOpen((open) => !open);
    setTextOpen(false);
  }, []);
  const closeHistory = useCallback(() => setHistoryOpen(false), []);
  const toggleText = useCallback(() => {
    setTextOpen((open) => !open);
    setHistoryOpen(false);
  }, []);
  const closeText = useCallback(() => setTextOpen(false), []);
  const context = useMemo<BoardContextValue>(
    // A view key has no drawing tool, whatever was chosen before the key's role was known.
    () => ({ doc, origin, gestureOrigin, readOnly, editingId, setEditingId, editingEdgeId, setEditingEdgeId, tool: readOnly ? 'select' : tool, setTool }),
    [doc, origin, gestureOrigin, readOnly, editingId, editingEdgeId, tool],
  );

  useEffect(() => {
    if (sessionState.synced && content.title) rememberBoard({ id: session.boardId, title: content.title, key: boardKey });
  }, [sessionState.synced, content.title, session.boardId, boardKey]);

  return (
    <BoardContext.Provider value={context}>
      <InterviewContext.Provider value={interview}>
        <ReactFlowProvider>
          <div className="board-screen" data-readonly={readOnly || undefined}>
            <AnalysisProvider doc={doc} drill={drill} canvas={
                <PanelBoundary area="canvas">
                  <Canvas nodes={drawnNodes} unknownNodes={content.unknownNodes} edges={content.edges} sketches={content.sketches} selection={selection} awareness={awareness} undo={undo} loaded={sessionState.synced} />
                </PanelBoundary>
              }
            >
              <ShortcutsBinding content={content} selection={selection} undo={undo} readOnly={readOnly} onHelp={openHelp} setEditingId={setEditingId} setEditingEdgeId={setEditingEdgeId} />
              <TopBar
                session={session}
                sessionState={sessionState}
                title={content.title}
                role={role}
                boardKey={boardKey}
                profile={profile}
                onRename={onRename}
                onHelp={openHelp}
                historyOpen={historyOpen}
                onHistory={toggleHistory}
                textOpen={textOpen}
                onText={toggleText}
              />
              {readOnly ? null : <Palette />}
              {readOnly ? null : <SketchTools />}
              <HistoryControls undo={undo} />
              <LaserLayer session={session} color={profile.color} />
              <FollowBar session={session} roster={sessionState.roster} role={role} />
              {readOnly ? null : <EdgeToolbar content={content} selection={selection} />}
              <ShortcutsSheet open={helpOpen} onOpenChange={setHelpOpen} readOnly={readOnly} />
              <Inspector content={content} selection={selection} />
              <AnalysisToolbar drillMenu={role === 'owner' ? <DrillMenu selected={selection.nodes} /> : null} />
              {drill ? <DrillBanner drill={drill} /> : null}
              {textOpen ? (
                <PanelBoundary area="panel">
                  <Suspense fallback={null}>
                    <LazyTextPanel onClose={closeText} />
                  </Suspense>
                </PanelBoundary>
              ) : null}
              {historyOpen ? (
                <PanelBoundary area="panel">
                  <Suspense fallback={null}>
                    <LazyHistoryPanel session={session} boardKey={boardKey} canEdit={!readOnly} owner={role === 'owner'} onClose={closeHistory} />
                  </Suspense>
                </PanelBoundary>
              ) : null}
            </AnalysisProvider>
          </div>
        </ReactFlowProvider>
      </InterviewContext.Provider>
    </BoardContext.Provider>
  );
}

function ShortcutsBinding(props: Parameters<typeof useBoardShortcuts>[0]) {
  useBoardShortcuts(props);
  return null;
}
