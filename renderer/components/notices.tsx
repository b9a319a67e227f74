import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** How long a notice stays in the status line. Long enough to read a sentence twice. */
const noticeMs = 8000;

interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

interface NoticesValue {
  notice: Notice | null;
  notify: (text: string, tone?: Notice['tone']) => void;
}

const NoticesContext = createContext<NoticesValue | null>(null);

/** Short confirmations ("Backup saved") shown in the status line and read out by screen readers. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((text: string, tone: Notice['tone'] = 'info') => {
    setNotice((prev) => ({ id: (prev?.id ?? 0) + 1, text, tone }));
  }, []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice((current) => (current?.id === notice.id ? null : current)), noticeMs);
    return () => clearTimeout(timer);
  }, [notice]);
  const value = useMemo(() => ({ notice, notify }), [notice, notify]);
  return <NoticesContext value={value}>{children}</NoticesContext>;
}

function useNotices(): NoticesValue {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('Notices are used outside <NoticesProvider>.');
  return value;
}

export function useNotify() {
  return useNotices().notify;
}

/** The live region itself; always rendered so screen readers announce changes to it. */
export function NoticeRegion() {
  const { notice } = useNotices();
  return (
    <p className={`notice${notice ? ` notice--${notice.tone}` : ''}`} role="status" aria-live="polite">
      {notice?.text}
    </p>
  );
}
