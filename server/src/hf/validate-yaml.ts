import { Router, json } from 'express';
import { badRequest, HubError } from '../errors.js';
import { checkModelCard } from '../push/inspect.js';

/**
 * `POST /api/validate-yaml` `{content, repoType}`: checks a model card's front matter before an
 * upload, as `huggingface_hub`'s `upload_folder` / `upload_file` do for a `README.md`. The checks
 * are the commit's own (`checkModelCard`), so a card that passes here is accepted by the commit:
 * 200 `{errors: [], warnings: []}`, or 400 with `{errors: [{message}]}` (which the Python client
 * shows) next to deltahub's `error` and `code`. Bounded: the body is at most 1 MiB, and the front
 * matter is measured before it is parsed.
 */
export function validateYamlRoutes(): Router {
  const router = Router();
  // A POST under /api/: the app's write rate limit applies.
  router.post('/api/validate-yaml', json({ limit: '1mb' }), (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body['content'] !== 'string') throw badRequest('invalid_request', 'content must be a string');
    if (body['repoType'] !== undefined && body['repoType'] !== 'model')
      throw badRequest('unsupported_repo_type', 'this hub holds model repos only');
    try {
      checkModelCard(body['content'], 'README.md');
    } catch (err) {
      if (!(err instanceof HubError)) throw err;
      res.setHeader('X-Error-Code', err.code);
      res.status(400).json({ errors: [{ message: err.message }], error: err.message, code: err.code });
      return;
    }
    res.json({ errors: [], warnings: [] });
  });
  return router;
}
