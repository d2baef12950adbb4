import { useState } from 'preact/hooks';
import { usePanel } from './context';

/** Erase everything, once the reader has typed ERASE. */
export function EraseData() {
  const { services, t } = usePanel();
  const [eraseText, setEraseText] = useState('');
  const [message, setMessage] = useState('');
  return (
    <>
      <h3>{t('eraseAll')}</h3>
      <label class="field">
        <span>{t('eraseConfirm')}</span>
        <input type="text" dir="ltr" value={eraseText} onInput={(e) => setEraseText((e.target as HTMLInputElement).value)} />
      </label>
      <button
        type="button"
        class="danger"
        disabled={eraseText !== 'ERASE'}
        onClick={() =>
          void services.erase().then((res) => {
            setEraseText('');
            setMessage(res.ok ? t('erased') : res.error.message);
          })
        }
      >
        {t('eraseAll')}
      </button>
      {message && <p role="status">{message}</p>}
    </>
  );
}
