import { Form, useNavigation } from "@remix-run/react";
import { Alert, Button, Card } from "@tsunagu/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";

export interface PhotoCardProps {
  /** A cache-busting version of the current photo, or null when there is none. */
  photoVersion: string | null;
  /** The last photo post's outcome. */
  result?: { photo: "saved" | "removed" } | { photoProblem: string };
}

/**
 * The resume photo: the current one, a file picker that uploads on Save, and Remove. Works
 * without JavaScript (a plain multipart form). Says what the photo is used for and who sees it.
 */
export function PhotoCard({ photoVersion, result }: PhotoCardProps) {
  const { t } = useTranslation("resume");
  const navigation = useNavigation();
  const inputId = useId();
  const problemId = useId();
  const busy =
    navigation.state === "submitting" && navigation.formAction?.endsWith("/resume/personal");
  const problem = result && "photoProblem" in result ? result.photoProblem : null;
  return (
    <Card className="grid gap-4">
      <header className="grid gap-1">
        <h2 className="text-xl font-semibold text-ink">{t("photo.title")}</h2>
        <p className="text-sm text-ink-muted">{t("photo.description")}</p>
      </header>
      <div className="flex flex-wrap items-start gap-5">
        <div className="grid size-28 shrink-0 place-items-center overflow-hidden rounded-lg border border-line bg-surface-muted">
          {photoVersion ? (
            <img
              src={`/resume/photo?v=${photoVersion}`}
              alt={t("photo.current")}
              className="size-full object-cover"
              width={112}
              height={112}
            />
          ) : (
            <span className="px-2 text-center text-xs text-ink-muted">{t("photo.none")}</span>
          )}
        </div>
        <div className="grid min-w-0 flex-1 gap-3">
          <Form method="post" encType="multipart/form-data" className="grid gap-3">
            <input type="hidden" name="intent" value="upload-photo" />
            <div className="grid gap-1.5">
              <label htmlFor={inputId} className="text-sm font-medium text-ink">
                {photoVersion ? t("photo.replace") : t("photo.choose")}
              </label>
              <input
                id={inputId}
                type="file"
                name="photo"
                accept="image/jpeg,image/png,image/webp,image/avif"
                required
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
                className="block w-full max-w-sm text-sm text-ink file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-2 file:text-sm file:font-medium file:text-ink hover:file:bg-surface-muted"
              />
              <p className="text-xs text-ink-muted">{t("photo.rules")}</p>
              {problem ? (
                <p id={problemId} className="text-sm font-medium text-danger">
                  {problem}
                </p>
              ) : null}
            </div>
            <div>
              <Button type="submit" disabled={busy}>
                {t("photo.upload")}
              </Button>
            </div>
          </Form>
          {photoVersion ? (
            <Form method="post">
              <input type="hidden" name="intent" value="remove-photo" />
              <Button type="submit" variant="outline" size="sm">
                {t("photo.remove")}
              </Button>
            </Form>
          ) : null}
          {result && "photo" in result ? (
            <Alert tone="success">
              {t(result.photo === "saved" ? "photo.saved" : "photo.removed")}
            </Alert>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
