// The payloads of the requests that are not chat: embeddings, reranking, speech, transcription,
// images and model lists.
import { documents, imagePrompts, rerankQueries, speechTexts, transcripts } from './content.ts';
import type { Draw } from './draw.ts';
import type { Payload } from './payloads.ts';

const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

export function mediaPayload(draw: Draw, model: string, object: string): Payload {
  switch (object) {
    case 'embedding': {
      const text = draw.pick(documents);
      const embedding = Array.from({ length: 8 }, () => Number(draw.between(-0.1, 0.1).toFixed(6)));
      return {
        request: {
          input_history: [{ role: 'user', content: text }],
          params: { encoding_format: 'float' },
        },
        response: { embedding_output: [{ index: 0, object: 'embedding', embedding }] },
        rawRequest: JSON.stringify({ model, input: text }),
        rawResponse: JSON.stringify({
          object: 'list',
          model,
          data: [{ index: 0, object: 'embedding' }],
        }),
        usage: { promptTokens: tokensOf(text), completionTokens: 0 },
        summary: text,
      };
    }
    case 'rerank': {
      const query = draw.pick(rerankQueries);
      const ranked = documents
        .map((_, index) => ({ index, relevance_score: Number(draw().toFixed(4)) }))
        .sort((a, b) => b.relevance_score - a.relevance_score)
        .slice(0, 3);
      return {
        request: {
          input_history: [{ role: 'user', content: query }],
          params: { top_n: 3, documents: documents.length },
        },
        response: { rerank_output: ranked },
        rawRequest: JSON.stringify({ model, query, documents, top_n: 3 }),
        rawResponse: JSON.stringify({ results: ranked }),
        usage: { promptTokens: tokensOf(query + documents.join(' ')), completionTokens: 0 },
        summary: query,
      };
    }
    case 'speech': {
      const input = draw.pick(speechTexts);
      const voice = draw.pick(['alloy', 'verse', 'coral']);
      return {
        request: { speech_input: { input, voice, response_format: 'mp3' } },
        response: { speech_output: { format: 'mp3', audio_bytes: draw.int(24_000, 96_000) } },
        rawRequest: JSON.stringify({ model, input, voice }),
        rawResponse: '',
        usage: {
          promptTokens: tokensOf(input),
          completionTokens: draw.int(300, 1400),
          completionKind: 'audio_tokens',
        },
        summary: input,
      };
    }
    case 'transcription': {
      const text = draw.pick(transcripts);
      const file = `call-${draw.int(1000, 9999)}.m4a`;
      return {
        request: {
          transcription_input: {
            filename: file,
            size_bytes: draw.int(80_000, 900_000),
            language: 'en',
          },
        },
        response: { transcription_output: { text } },
        rawRequest: '',
        rawResponse: JSON.stringify({ text }),
        usage: {
          promptTokens: draw.int(400, 4000),
          completionTokens: tokensOf(text),
          promptKind: 'audio_tokens',
        },
        summary: '',
      };
    }
    case 'image_generation': {
      const prompt = draw.pick(imagePrompts);
      const quality = draw.pick(['low', 'medium', 'high']);
      const imageTokens = { low: 272, medium: 1056, high: 4160 }[quality] ?? 1056;
      return {
        request: { image_generation_input: { prompt, size: '1024x1024', quality, n: 1 } },
        response: {
          image_generation_output: {
            created: 1_795_000_000,
            data: [{ url: `https://images.example.com/${draw.uuid()}.png` }],
          },
        },
        rawRequest: JSON.stringify({ model, prompt, size: '1024x1024', quality }),
        rawResponse: '',
        usage: {
          promptTokens: tokensOf(prompt),
          completionTokens: imageTokens,
          completionKind: 'image_tokens',
        },
        summary: prompt,
      };
    }
    default:
      // list_models
      return {
        request: {},
        response: {
          list_models_output: [
            { id: 'gpt-4o-mini', object: 'model', owned_by: 'openai' },
            { id: 'gpt-4o', object: 'model', owned_by: 'openai' },
            { id: 'claude-3-5-sonnet-20241022', object: 'model', owned_by: 'anthropic' },
          ],
        },
        rawRequest: '',
        rawResponse: '',
        summary: '',
      };
  }
}
