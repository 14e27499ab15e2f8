// Entry point of @ai-gateway/react; its API is generated from the specs in spec/.
export {};
