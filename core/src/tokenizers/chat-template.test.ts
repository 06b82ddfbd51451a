import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import type { ChatMessage } from './chat-template.js';
import { TOKENIZER_FIXTURES } from './test-support/fixtures.js';
import type { PreTrainedTokenizer } from './tokenizer.js';

const CHATML =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
const WITH_BOS =
  "{% if messages[0]['role'] != 'user' %}{{ raise_exception('Conversations must start with the user') }}{% endif %}" +
  '{{ bos_token }}{% for m in messages %}{{ m.role }}: {{ m.content }}\n{% endfor %}';

const messages: ChatMessage[] = [
  { role: 'user', content: 'Tell me a story.' },
  { role: 'assistant', content: 'Once upon a time' },
];

describe('applyChatTemplate', () => {
  let folder: string;
  let tokenizer: PreTrainedTokenizer;

  beforeAll(async () => {
    // TinyStories-656K has no chat template: give it one in chat_template.jinja, as transformers saves it.
    folder = await mkdtemp(join(tmpdir(), 'deltahub-chat-'));
    await cp(join(TOKENIZER_FIXTURES, 'tinystories-656k'), folder, { recursive: true });
    await writeFile(join(folder, 'chat_template.jinja'), CHATML);
    tokenizer = await AutoTokenizer.fromPretrained(folder);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('renders the folder template, with a generation prompt on request', () => {
    expect(tokenizer.applyChatTemplate(messages, { tokenize: false })).toBe(
      '<|im_start|>user\nTell me a story.<|im_end|>\n<|im_start|>assistant\nOnce upon a time<|im_end|>\n',
    );
    expect(
      tokenizer.applyChatTemplate(messages.slice(0, 1), { tokenize: false, addGenerationPrompt: true }),
    ).toBe('<|im_start|>user\nTell me a story.<|im_end|>\n<|im_start|>assistant\n');
  });

  it('tokenizes the rendered text without adding special tokens (the template writes them)', () => {
    const text = tokenizer.applyChatTemplate(messages, { chatTemplate: WITH_BOS, tokenize: false });
    expect(text).toBe('<|start_story|>user: Tell me a story.\nassistant: Once upon a time\n');
    const ids = tokenizer.applyChatTemplate(messages, { chatTemplate: WITH_BOS });
    expect(ids).toEqual(tokenizer.encode(text, { addSpecialTokens: false }));
    expect(ids.filter((id) => id === 1)).toHaveLength(1);
  });

  it('picks named templates and reports template errors with codes', async () => {
    const named = await AutoTokenizer.fromPretrained(folder, {
      config: {
        chat_template: [
          { name: 'default', template: CHATML },
          { name: 'bos', template: WITH_BOS },
        ],
      },
    });
    expect(named.applyChatTemplate(messages, { chatTemplate: 'bos', tokenize: false })).toMatch(
      /^<\|start_story\|>user:/,
    );
    expect(named.applyChatTemplate(messages, { tokenize: false })).toMatch(/^<\|im_start\|>user/);
    expect(() => tokenizer.applyChatTemplate([messages[1]!], { chatTemplate: WITH_BOS })).toThrow(
      expect.objectContaining({
        code: 'TOKENIZER_CHAT_TEMPLATE_FAILED',
        message: expect.stringContaining('must start with the user'),
      }),
    );
    expect(() => tokenizer.applyChatTemplate(messages, { chatTemplate: '{% for %}' })).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_BAD_CHAT_TEMPLATE' }),
    );
    const without = await AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'gpt2'));
    expect(() => without.applyChatTemplate(messages)).toThrow(
      expect.objectContaining({ code: 'TOKENIZER_NO_CHAT_TEMPLATE' }),
    );
  });
});
