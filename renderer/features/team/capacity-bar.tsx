import { useTranslation } from 'react-i18next';

/**
 * How full a member's book is: households against capacity, as a bar and in words ("132 of 150").
 * Over capacity is a warning; no capacity says so instead of drawing a bar.
 */
export function CapacityBar({ name, households, capacity }: { name: string; households: number; capacity: number | null }) {
  const { t } = useTranslation();
  if (capacity === null) {
    return (
      <span className="capacity capacity--none">
        <span className="capacity__text">{t('team.noLimit')}</span>
      </span>
    );
  }
  const over = households > capacity;
  const share = Math.min(households / capacity, 1);
  const tone = over ? 'over' : share >= 0.9 ? 'near' : 'ok';
  const text = t('team.capacityOf', { households, capacity });
  return (
    <span className={`capacity capacity--${tone}`}>
      <span
        className="capacity__track"
        role="meter"
        aria-label={t('team.capacityLabel', { name, households, capacity })}
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={Math.min(households, capacity)}
        aria-valuetext={over ? `${text}, ${t('team.capacityOver', { count: households - capacity })}` : text}
      >
        {/* Width through the CSSOM (allowed by the style-src CSP), never a style attribute in markup. */}
        <span className="capacity__fill" ref={(el) => el?.style.setProperty('--fill', `${(share * 100).toFixed(1)}%`)} />
      </span>
      <span className="capacity__text">
        {text}
        {over && <span className="capacity__over"> · {t('team.capacityOver', { count: households - capacity })}</span>}
      </span>
    </span>
  );
}
