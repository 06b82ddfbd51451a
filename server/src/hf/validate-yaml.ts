import { Router, json } from 'express';
import { HubError } from '../errors.js';
import { MODEL_CARD_FILE } from '@deltahub/core/checkpoint';
import { parseCard } from '../push/inspect.js';
import type { HubContext } from '../http/context.js';

/**
 * `POST /api/validate-yaml` `{content, repoType}`: huggingface_hub checks a `README.md` here
 * before uploading anything (`upload_folder`, `create_commit`). The card is validated as a commit
 * would validate it: `{errors: [], warnings: []}`, or 400 with `errors: [{message}]`.
 */
export function validateYamlRoutes(ctx: HubContext): Router {
  const router = Router();
  router.post('/api/validate-yaml', json({ limit: ctx.config.maxMetadataBytes }), (req, res) => {
    const content: unknown = (req.body as { content?: unknown } | undefined)?.content;
    const invalid = (message: string): void => {
      res.setHeader('X-Error-Code', 'invalid_model_card');
      res.status(400).json({ errors: [{ message }], warnings: [] });
    };
    if (typeof content !== 'string') return invalid('content must be the text of README.md');
    try {
      parseCard(content, MODEL_CARD_FILE);
    } catch (err) {
      if (err instanceof HubError) return invalid(err.message);
      throw err;
    }
    res.json({ errors: [], warnings: [] });
  });
  return router;
}
