import { PageHeader } from './page-header';

/** A screen whose content arrives in a later release: says plainly what will be there. */
export function ComingSoon({ title, description, body }: { title: string; description: string; body: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <section className="card coming-soon" aria-label={title}>
        <p>{body}</p>
      </section>
    </>
  );
}
