// The error and notice lines every screen shows above its work: one place for their roles, so a screen
// reader announces errors at once (alert) and notices politely (status).
type BannersProps = { error?: string | null; notice?: string | null };

export const Banners = ({ error, notice }: BannersProps) => (
  <>
    {error ? (
      <div className="error-banner" role="alert">
        {error}
      </div>
    ) : null}
    {notice ? (
      <div className="notice-banner" role="status">
        {notice}
      </div>
    ) : null}
  </>
);
