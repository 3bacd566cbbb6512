/**
 * A candidate as a searching company sees it (R2): only what the search projection holds, every
 * string already in the reader's language. Used by the seeker's "See what employers see" (F4)
 * and the employer's candidate page (F12), so the two can never differ.
 */
export interface CandidateViewModel {
  headline: string | null;
  summary: string | null;
  facts: { label: string; value: string }[];
  skills: string[];
  certifications: string[];
  experience: { title: string; period: string; description: string | null }[];
  education: { title: string; period: string | null }[];
}

export interface CandidateViewLabels {
  noHeadline: string;
  summary: string;
  facts: string;
  skills: string;
  certifications: string;
  experience: string;
  education: string;
  none: string;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-2">
      <h3 className="text-base font-semibold text-ink">{title}</h3>
      {children}
    </section>
  );
}

export function CandidateView({ candidate, labels }: { candidate: CandidateViewModel; labels: CandidateViewLabels }) {
  const none = <p className="text-sm text-ink-muted">{labels.none}</p>;
  return (
    <article className="grid gap-5 rounded-lg border border-line bg-surface p-4 sm:p-6" data-testid="candidate-view">
      <h2 className="text-xl font-semibold text-ink [overflow-wrap:anywhere]">{candidate.headline ?? labels.noHeadline}</h2>
      <Section title={labels.summary}>
        {candidate.summary ? <p className="whitespace-pre-line text-ink [overflow-wrap:anywhere]">{candidate.summary}</p> : none}
      </Section>
      <Section title={labels.facts}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
          {candidate.facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="text-sm font-medium text-ink-muted">{fact.label}</dt>
              <dd className="text-ink [overflow-wrap:anywhere]">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={labels.experience}>
        {candidate.experience.length ? (
          <ul className="grid gap-3">
            {candidate.experience.map((job, index) => (
              <li key={index} className="grid gap-1">
                <p className="font-medium text-ink [overflow-wrap:anywhere]">{job.title}</p>
                <p className="text-sm text-ink-muted">{job.period}</p>
                {job.description ? <p className="whitespace-pre-line text-sm text-ink [overflow-wrap:anywhere]">{job.description}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section title={labels.education}>
        {candidate.education.length ? (
          <ul className="grid gap-2">
            {candidate.education.map((e, index) => (
              <li key={index} className="text-ink [overflow-wrap:anywhere]">
                {e.title}
                {e.period ? <span className="text-sm text-ink-muted"> · {e.period}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Section>
      <Section title={labels.skills}>
        {candidate.skills.length ? <p className="text-ink [overflow-wrap:anywhere]">{candidate.skills.join(", ")}</p> : none}
      </Section>
      <Section title={labels.certifications}>
        {candidate.certifications.length ? (
          <p className="text-ink [overflow-wrap:anywhere]">{candidate.certifications.join(", ")}</p>
        ) : (
          none
        )}
      </Section>
    </article>
  );
}
