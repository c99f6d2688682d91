// Replica of X's compose boxes with the real Draft.js (as x.com uses): the inline box on /home,
// the modal on /compose/post (client-side navigation), the mobile <textarea> with ?layout=mobile,
// a character counter, Ctrl/Cmd+Enter to post, a direct-message textarea no site selector knows. Tests read the editor's own model through
// window.__replica.text(testId) (ContentState.getPlainText()).
import React, { useState, useRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState, getDefaultKeyBinding, KeyBindingUtil } from 'draft-js';
import 'draft-js/dist/Draft.css';
import './x.css';

const replica = (window.__replica = { models: {}, remount: {}, published: [] });

function DraftComposer({ testId, buttonTestId, autoFocus, model = testId }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const [generation, setGeneration] = useState(0);
  const ref = useRef(null);
  const latest = useRef(state);
  latest.current = state;
  replica.models[model] = () => latest.current.getCurrentContent().getPlainText();
  // React throws the editor's DOM away and renders it again (same EditorState, new nodes).
  replica.remount[model] = () => setGeneration((g) => g + 1);
  useEffect(() => { if (autoFocus) ref.current?.focus(); }, []);
  const text = state.getCurrentContent().getPlainText();
  const post = () => {
    replica.published.push(latest.current.getCurrentContent().getPlainText());
    setState(EditorState.createEmpty());
  };
  const keyBinding = (e) => (e.key === 'Enter' && KeyBindingUtil.hasCommandModifier(e) ? 'submit' : getDefaultKeyBinding(e));
  const onCommand = (cmd) => (cmd === 'submit' ? (post(), 'handled') : 'not-handled');
  return (
    <div className="composer">
      <div className="avatar" />
      <div className="body">
        <label data-testid={`${testId}_label`} className="editor">
          <Editor key={generation} ref={ref} editorState={state} onChange={setState} placeholder="Quoi de neuf ?!"
            webDriverTestID={testId} ariaLabel="Texte du post" keyBindingFn={keyBinding} handleKeyCommand={onCommand} />
        </label>
        <div className="toolbar">
          <span data-testid="counter" className={280 - text.length < 0 ? 'over' : ''}>{280 - text.length}</span>
          <button data-testid={buttonTestId} disabled={!text.trim()} onClick={post}>Poster</button>
        </div>
      </div>
    </div>
  );
}

function MobileComposer() {
  const [value, setValue] = useState('');
  replica.models.mobile = () => document.querySelector('textarea').value;
  return (
    <div className="composer mobile">
      <textarea data-testid="tweetTextarea_0" placeholder="Quoi de neuf ?!" value={value} onChange={(e) => setValue(e.target.value)} rows={5} />
      <div className="toolbar">
        <span data-testid="counter">{280 - value.length}</span>
        <button data-testid="tweetButton" disabled={!value.trim()} onClick={() => { replica.published.push(value); setValue(''); }}>Poster</button>
      </div>
    </div>
  );
}

// ?layout=redesign: what a site redesign can look like to the extension: the editor inside a
// closed shadow root of a custom element (no selector of the site module or the generic fallback
// reaches it) and a DOM that never stops changing (a ticker adding and removing nodes each frame).
function RedesignComposer() {
  const host = useRef(null);
  const ticker = useRef(null);
  useEffect(() => {
    const root = host.current.attachShadow({ mode: 'closed' });
    const ed = document.createElement('div');
    ed.contentEditable = 'true';
    ed.setAttribute('role', 'textbox');
    ed.style.cssText = 'min-height:72px;padding:8px;outline:1px solid #cfd9de;border-radius:8px';
    root.append(ed);
    replica.models.redesign = () => ed.innerText.replace(/\n$/, '');
    let raf = 0;
    let n = 0;
    const tick = () => {
      const t = ticker.current;
      if (!t) return;
      t.append(Object.assign(document.createElement('span'), { textContent: ` ${n++ % 10}` }));
      if (t.childNodes.length > 8) t.firstChild.remove();
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, []);
  return (
    <div className="composer redesign">
      <div className="body"><x-composer ref={host} data-testid="composerV2" /><div ref={ticker} className="ticker" aria-hidden="true" /></div>
    </div>
  );
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (p) => { history.pushState({}, '', p); setPath(p); };
  const [replying, setReplying] = useState(false);
  const layout = new URLSearchParams(location.search).get('layout');
  const mobile = layout === 'mobile';
  return (
    <div className="app">
      <nav><div className="logo">𝕏</div><a href="/home" onClick={(e) => { e.preventDefault(); go('/home'); }}>Accueil</a>
        <button data-testid="SideNav_NewTweet_Button" onClick={() => go('/compose/post')}>Poster</button></nav>
      <main>
        <h1>Accueil</h1>
        {mobile ? <MobileComposer /> : layout === 'redesign' ? <RedesignComposer />
          : <DraftComposer testId="tweetTextarea_0" buttonTestId="tweetButtonInline" />}
        <article className="tweet"><b>Dr Claire Martin</b> · 2 h<p>Rappel : la vaccination antigrippale est ouverte au CHU jusqu'au 15 décembre.</p>
          <button className="reply" data-testid="reply" onClick={() => setReplying(true)}>Répondre</button></article>
        {/* A box no site selector knows (a new messaging drawer): the generic fallback's case. */}
        {layout !== 'redesign' && <div className="dm"><textarea className="dm-input" aria-label="Message privé" placeholder="Écrire un message privé" rows={2} /></div>}
      </main>
      {replying && (
        <div className="modal" role="dialog" aria-modal="true" aria-label="Répondre">
          <div className="sheet">
            <header><button aria-label="Fermer" data-testid="reply-close" onClick={() => setReplying(false)}>✕</button></header>
            <p className="replying-to">En réponse à <b>Dr Claire Martin</b></p>
            <DraftComposer testId="tweetTextarea_0" model="reply" buttonTestId="tweetButton" autoFocus />
          </div>
        </div>
      )}
      {path === '/compose/post' && (
        <div className="modal" role="dialog" aria-modal="true" aria-labelledby="modal-header">
          <div className="sheet">
            <header id="modal-header"><button aria-label="Fermer" data-testid="app-bar-close" onClick={() => go('/home')}>✕</button></header>
            <DraftComposer testId="tweetTextarea_1" buttonTestId="tweetButton" autoFocus />
          </div>
        </div>
      )}
    </div>
  );
}

if (new URLSearchParams(location.search).get('theme') === 'dark') document.documentElement.classList.add('dark');
createRoot(document.getElementById('react-root')).render(<App />);
